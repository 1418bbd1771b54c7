-- Marketplaces, their dashboard users, and the outbound webhook delivery log (SPEC §3, §5, §9).

-- A marketplace (partner): one confidential OAuth client, one webhook endpoint and HMAC secret.
CREATE TABLE marketplace (
    id                         CHAR(36)       NOT NULL,
    platform_name              VARCHAR(32)    NOT NULL,
    display_name               VARCHAR(255)   NOT NULL,
    default_currency           VARCHAR(3)     NOT NULL,
    environment                VARCHAR(16)    NOT NULL,
    status                     VARCHAR(16)    NOT NULL,
    client_pk                  CHAR(36)       NOT NULL,
    webhook_url                VARCHAR(2048),
    webhook_enabled            BOOLEAN        NOT NULL,
    -- the HMAC key must be usable to sign and verify, so it is encrypted with the master key, not hashed
    webhook_secret             TEXT           NOT NULL,
    webhook_secret_rotated_at  DATETIME(6)    NOT NULL,
    created_at                 DATETIME(6)    NOT NULL,
    updated_at                 DATETIME(6)    NOT NULL,
    version                    BIGINT         NOT NULL,
    CONSTRAINT pk_marketplace PRIMARY KEY (id),
    CONSTRAINT uq_marketplace_platform_name UNIQUE (platform_name),
    CONSTRAINT uq_marketplace_client UNIQUE (client_pk),
    -- no cascade: a marketplace's client cannot be deleted from under it (the admin API answers 409)
    CONSTRAINT fk_marketplace_client FOREIGN KEY (client_pk) REFERENCES oauth_client (id)
) ENGINE=InnoDB;

CREATE INDEX ix_marketplace_created ON marketplace (created_at);

-- People who sign in to the Marketplace Dashboard. Email is unique across marketplaces (it is the login name).
CREATE TABLE marketplace_user (
    id              CHAR(36)      NOT NULL,
    marketplace_id  CHAR(36)      NOT NULL,
    email           VARCHAR(320)  NOT NULL,
    password_hash   VARCHAR(255)  NOT NULL,
    first_name      VARCHAR(100)  NOT NULL,
    last_name       VARCHAR(100)  NOT NULL,
    role            VARCHAR(16)   NOT NULL,
    failed_logins   INT           NOT NULL,
    locked_until    DATETIME(6),
    last_login_at   DATETIME(6),
    created_at      DATETIME(6)   NOT NULL,
    CONSTRAINT pk_marketplace_user PRIMARY KEY (id),
    CONSTRAINT uq_marketplace_user_email UNIQUE (email),
    CONSTRAINT fk_marketplace_user_marketplace FOREIGN KEY (marketplace_id) REFERENCES marketplace (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX ix_marketplace_user_marketplace ON marketplace_user (marketplace_id);

-- Outbound webhook deliveries (the outbox): one row per event and marketplace, updated on every attempt.
CREATE TABLE webhook_delivery (
    id                  CHAR(36)      NOT NULL,
    marketplace_id      CHAR(36)      NOT NULL,
    event_id            CHAR(36)      NOT NULL,
    event_type          VARCHAR(64)   NOT NULL,
    payload             TEXT          NOT NULL,
    status              VARCHAR(16)   NOT NULL,
    attempts            INT           NOT NULL,
    last_response_code  INT,
    last_error          VARCHAR(512),
    next_attempt_at     DATETIME(6),
    last_attempt_at     DATETIME(6),
    created_at          DATETIME(6)   NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT pk_webhook_delivery PRIMARY KEY (id),
    CONSTRAINT uq_webhook_delivery_event UNIQUE (marketplace_id, event_id),
    CONSTRAINT fk_webhook_delivery_marketplace FOREIGN KEY (marketplace_id) REFERENCES marketplace (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX ix_webhook_delivery_marketplace_created ON webhook_delivery (marketplace_id, created_at);
CREATE INDEX ix_webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
