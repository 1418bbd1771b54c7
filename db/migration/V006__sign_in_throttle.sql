-- Sign-in throttling shared by dashboard and consent-page sign-in (and failed client authentication), and
-- revocable dashboard JWTs (issue 8: M4, L2, L5).

-- Failed sign-ins counted in the database so every node adds to the same count. One row per throttle key: an
-- account on one source address, or a source address across all accounts. The key is a keyed hash of the
-- realm, the normalized account name and the address, so no email, client id or address is stored in clear.
CREATE TABLE sign_in_failure (
    key_hash           VARCHAR(64)   NOT NULL,
    failures           INT           NOT NULL,
    window_started_at  DATETIME(6)   NOT NULL,
    locked_until       DATETIME(6),
    updated_at         DATETIME(6)   NOT NULL,
    CONSTRAINT pk_sign_in_failure PRIMARY KEY (key_hash)
) ENGINE=InnoDB;

CREATE INDEX ix_sign_in_failure_updated ON sign_in_failure (updated_at);

-- The dashboard now counts failures in sign_in_failure, keyed by email and source address.
ALTER TABLE marketplace_user DROP COLUMN failed_logins;
ALTER TABLE marketplace_user DROP COLUMN locked_until;

-- Bumped by a password change: every dashboard JWT carries the value it was issued under (claim "ver").
ALTER TABLE marketplace_user ADD COLUMN token_version BIGINT NOT NULL DEFAULT 0;

-- Failed sign-ins on one authorization request; at the limit the request closes.
ALTER TABLE authorization_request ADD COLUMN failed_sign_ins INT NOT NULL DEFAULT 0;
