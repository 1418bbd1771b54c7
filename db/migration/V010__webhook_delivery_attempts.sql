-- Outbound webhook delivery (SPEC 9, issue 12). A worker claims due outbox rows in a short transaction and leases them:
-- lease_token names the claim (a node's completion counts only while its token is still the row's), and the row's
-- next_attempt_at moves to the lease end, so a row whose worker died becomes due again by itself.
-- attempt_limit is the schedule's 10 attempts; a redelivery from the dashboard allows one more.
ALTER TABLE webhook_delivery ADD COLUMN lease_token CHAR(36);
ALTER TABLE webhook_delivery ADD COLUMN attempt_limit INT NOT NULL DEFAULT 10;

-- The delivery log filters by status and by event type, newest first.
CREATE INDEX ix_webhook_delivery_marketplace_status ON webhook_delivery (marketplace_id, status, created_at);
CREATE INDEX ix_webhook_delivery_marketplace_event ON webhook_delivery (marketplace_id, event_type, created_at);

-- Every delivery attempt, as the dashboard shows it: when, the receiver's status code (none when no answer came),
-- how long it took and why it failed.
CREATE TABLE webhook_delivery_attempt (
    id            CHAR(36)      NOT NULL,
    delivery_id   CHAR(36)      NOT NULL,
    attempt_no    INT           NOT NULL,
    attempted_at  DATETIME(6)   NOT NULL,
    status_code   INT,
    duration_ms   BIGINT        NOT NULL,
    error         VARCHAR(512),
    CONSTRAINT pk_webhook_delivery_attempt PRIMARY KEY (id),
    CONSTRAINT fk_webhook_delivery_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_delivery (id) ON DELETE CASCADE
) ENGINE=InnoDB;

CREATE INDEX ix_webhook_delivery_attempt_delivery ON webhook_delivery_attempt (delivery_id, attempted_at);
