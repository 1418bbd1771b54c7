-- Identity: OAuth clients and their secrets, signing keys, merchant accounts, and the authorization server's
-- grants, codes and tokens (SPEC §4, §5). Secrets, codes and tokens are stored only as keyed hashes.

-- Keys the platform generates for itself when the operator configures none (see README, OPENSYLO_MASTER_KEY).
CREATE TABLE platform_key (
    name        VARCHAR(64)  NOT NULL,
    key_value   VARCHAR(512) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_platform_key PRIMARY KEY (name)
) ENGINE=InnoDB;

-- Access-token signing keys, shared by every node; private halves encrypted with the master key.
CREATE TABLE signing_key (
    kid          VARCHAR(64)  NOT NULL,
    algorithm    VARCHAR(16)  NOT NULL,
    public_jwk   TEXT         NOT NULL,
    private_key  TEXT         NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    retired_at   DATETIME(6),
    CONSTRAINT pk_signing_key PRIMARY KEY (kid)
) ENGINE=InnoDB;

CREATE TABLE oauth_client (
    id              CHAR(36)      NOT NULL,
    client_id       VARCHAR(128)  NOT NULL,
    client_name     VARCHAR(255)  NOT NULL,
    client_uri      VARCHAR(2048),
    logo_uri        VARCHAR(2048),
    client_type     VARCHAR(16)   NOT NULL,
    redirect_uris   TEXT          NOT NULL,
    allowed_scopes  TEXT          NOT NULL,
    allowed_origins TEXT          NOT NULL,
    owner_id        VARCHAR(255),
    brand_id        VARCHAR(255),
    is_first_party  BOOLEAN       NOT NULL,
    enabled         BOOLEAN       NOT NULL,
    environment     VARCHAR(16)   NOT NULL,
    created_at      DATETIME(6)   NOT NULL,
    updated_at      DATETIME(6)   NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT pk_oauth_client PRIMARY KEY (id),
    CONSTRAINT uq_oauth_client_client_id UNIQUE (client_id)
) ENGINE=InnoDB;

CREATE INDEX ix_oauth_client_owner ON oauth_client (owner_id);
CREATE INDEX ix_oauth_client_brand ON oauth_client (brand_id);

-- A client's secrets: the current one (expires_at NULL) and at most one previous one in its grace period.
CREATE TABLE oauth_client_secret (
    id           CHAR(36)     NOT NULL,
    client_pk    CHAR(36)     NOT NULL,
    secret_hash  VARCHAR(64)  NOT NULL,
    last_four    VARCHAR(4)   NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6),
    CONSTRAINT pk_oauth_client_secret PRIMARY KEY (id),
    CONSTRAINT fk_oauth_client_secret_client FOREIGN KEY (client_pk) REFERENCES oauth_client (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX ix_oauth_client_secret_client ON oauth_client_secret (client_pk);

-- Merchant accounts that sign in on the consent page.
CREATE TABLE merchant_account (
    id             CHAR(36)      NOT NULL,
    email          VARCHAR(320)  NOT NULL,
    password_hash  VARCHAR(255)  NOT NULL,
    business_name  VARCHAR(255)  NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    CONSTRAINT pk_merchant_account PRIMARY KEY (id),
    CONSTRAINT uq_merchant_account_email UNIQUE (email)
) ENGINE=InnoDB;

-- One grant = one authorization (a code exchange, or a client_credentials client); tokens hang off it.
CREATE TABLE oauth_grant (
    id           CHAR(36)      NOT NULL,
    client_pk    CHAR(36)      NOT NULL,
    subject      VARCHAR(255)  NOT NULL,
    scope        TEXT          NOT NULL,
    created_at   DATETIME(6)   NOT NULL,
    revoked_at   DATETIME(6),
    CONSTRAINT pk_oauth_grant PRIMARY KEY (id),
    CONSTRAINT fk_oauth_grant_client FOREIGN KEY (client_pk) REFERENCES oauth_client (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX ix_oauth_grant_client ON oauth_grant (client_pk);

-- The sign-in and consent step between GET /oauth/authorize and the redirect.
CREATE TABLE authorization_request (
    id                     CHAR(36)       NOT NULL,
    client_pk              CHAR(36)       NOT NULL,
    redirect_uri           VARCHAR(2048)  NOT NULL,
    scope                  TEXT           NOT NULL,
    state                  VARCHAR(1024),
    code_challenge         VARCHAR(128),
    code_challenge_method  VARCHAR(8),
    csrf_hash              VARCHAR(64)    NOT NULL,
    merchant_id            CHAR(36),
    created_at             DATETIME(6)    NOT NULL,
    expires_at             DATETIME(6)    NOT NULL,
    completed_at           DATETIME(6),
    CONSTRAINT pk_authorization_request PRIMARY KEY (id),
    CONSTRAINT fk_authorization_request_client FOREIGN KEY (client_pk) REFERENCES oauth_client (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE authorization_code (
    code_hash              VARCHAR(64)    NOT NULL,
    client_pk              CHAR(36)       NOT NULL,
    merchant_id            CHAR(36)       NOT NULL,
    redirect_uri           VARCHAR(2048)  NOT NULL,
    scope                  TEXT           NOT NULL,
    code_challenge         VARCHAR(128),
    code_challenge_method  VARCHAR(8),
    created_at             DATETIME(6)    NOT NULL,
    expires_at             DATETIME(6)    NOT NULL,
    used_at                DATETIME(6),
    grant_id               CHAR(36),
    CONSTRAINT pk_authorization_code PRIMARY KEY (code_hash),
    CONSTRAINT fk_authorization_code_client FOREIGN KEY (client_pk) REFERENCES oauth_client (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE TABLE refresh_token (
    token_hash   VARCHAR(64)  NOT NULL,
    grant_id     CHAR(36)     NOT NULL,
    client_pk    CHAR(36)     NOT NULL,
    scope        TEXT         NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    revoked_at   DATETIME(6),
    CONSTRAINT pk_refresh_token PRIMARY KEY (token_hash),
    CONSTRAINT fk_refresh_token_grant FOREIGN KEY (grant_id) REFERENCES oauth_grant (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX ix_refresh_token_grant ON refresh_token (grant_id);

-- Access tokens revoked one by one before they expire (they are JWTs, so only revocations are stored).
CREATE TABLE revoked_access_token (
    jti         VARCHAR(64)  NOT NULL,
    expires_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_revoked_access_token PRIMARY KEY (jti)
) ENGINE=InnoDB;
