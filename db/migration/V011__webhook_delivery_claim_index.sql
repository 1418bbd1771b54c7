-- A claim takes one marketplace's due PENDING rows, oldest due first (DeliveryClaims): this index serves that WHERE and
-- ORDER BY, so FOR UPDATE SKIP LOCKED reads and locks only the rows it takes, whatever the backlog.
CREATE INDEX ix_webhook_delivery_marketplace_due ON webhook_delivery (marketplace_id, status, next_attempt_at);
