-- Per-client API rate limits (SPEC 10), counted in the database so every node adds to the same count: N nodes with
-- counters of their own would admit N times the limit. One row per client and fixed window (a minute or an hour,
-- aligned to the epoch); a request locks its windows' rows (SELECT ... FOR UPDATE), checks and increments them in
-- one short transaction. Times are Unix epoch seconds, as the X-RateLimit-Reset header reports them. Rows of
-- windows that ended are pruned by every node (RateLimitPruner).
CREATE TABLE rate_limit_window (
    client_id       VARCHAR(128)  NOT NULL,
    window_seconds  INT           NOT NULL,
    window_start    BIGINT        NOT NULL,
    window_end      BIGINT        NOT NULL,
    requests        INT           NOT NULL,
    CONSTRAINT pk_rate_limit_window PRIMARY KEY (client_id, window_seconds, window_start)
) ENGINE=InnoDB;

CREATE INDEX ix_rate_limit_window_end ON rate_limit_window (window_end);
