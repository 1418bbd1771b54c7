-- A marketplace's outbound webhook endpoint and HMAC secret belong to the webhook feature, in a table of its own:
-- until now they were columns of marketplace, written by two features (design review F). One row per marketplace,
-- created with it at onboarding; existing marketplaces keep their settings and secret.
CREATE TABLE webhook_endpoint (
    marketplace_id     CHAR(36)       NOT NULL,
    url                VARCHAR(2048),
    enabled            BOOLEAN        NOT NULL,
    -- the HMAC key must be usable to sign and verify, so it is encrypted with the master key, not hashed
    secret             TEXT           NOT NULL,
    secret_rotated_at  DATETIME(6)    NOT NULL,
    created_at         DATETIME(6)    NOT NULL,
    updated_at         DATETIME(6)    NOT NULL,
    version            BIGINT         NOT NULL,
    CONSTRAINT pk_webhook_endpoint PRIMARY KEY (marketplace_id),
    CONSTRAINT fk_webhook_endpoint_marketplace FOREIGN KEY (marketplace_id) REFERENCES marketplace (id) ON DELETE CASCADE
) ENGINE=InnoDB;

INSERT INTO webhook_endpoint (marketplace_id, url, enabled, secret, secret_rotated_at, created_at, updated_at, version)
SELECT id, webhook_url, webhook_enabled, webhook_secret, webhook_secret_rotated_at, created_at, updated_at, 0
  FROM marketplace;

ALTER TABLE marketplace DROP COLUMN webhook_url;
ALTER TABLE marketplace DROP COLUMN webhook_enabled;
ALTER TABLE marketplace DROP COLUMN webhook_secret;
ALTER TABLE marketplace DROP COLUMN webhook_secret_rotated_at;
