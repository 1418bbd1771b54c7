-- Security and operations audit trail (SPEC §5 /v1/admin/audit-events). Append-only.
CREATE TABLE audit_event (
    id             CHAR(36)     NOT NULL,
    occurred_at    DATETIME(6)  NOT NULL,
    event_type     VARCHAR(64)  NOT NULL,
    outcome        VARCHAR(16)  NOT NULL,
    actor_type     VARCHAR(32)  NOT NULL,
    actor_id       VARCHAR(255),
    target_type    VARCHAR(64),
    target_id      VARCHAR(255),
    source_address VARCHAR(64),
    correlation_id VARCHAR(64),
    details        TEXT,
    CONSTRAINT pk_audit_event PRIMARY KEY (id)
) ENGINE=InnoDB;

CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_type_time ON audit_event (event_type, occurred_at);
