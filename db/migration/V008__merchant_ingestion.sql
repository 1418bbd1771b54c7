-- Merchant data ingestion (SPEC 6, issue 10): merchant links and the history of accepted submissions.

-- An OpenSylo merchant account known to a marketplace under the marketplace's own merchantId: one-to-one within
-- a marketplace (each unique key is one side of it). Made by the merchant's first submission with a delegated token.
CREATE TABLE merchant_link (
    id                   CHAR(36)      NOT NULL,
    marketplace_id       CHAR(36)      NOT NULL,
    merchant_ref         VARCHAR(128)  NOT NULL,
    merchant_account_id  CHAR(36)      NOT NULL,
    created_at           DATETIME(6)   NOT NULL,
    CONSTRAINT pk_merchant_link PRIMARY KEY (id),
    CONSTRAINT uq_merchant_link_ref UNIQUE (marketplace_id, merchant_ref),
    CONSTRAINT uq_merchant_link_account UNIQUE (marketplace_id, merchant_account_id),
    CONSTRAINT fk_merchant_link_marketplace FOREIGN KEY (marketplace_id) REFERENCES marketplace (id) ON DELETE CASCADE,
    CONSTRAINT fk_merchant_link_account FOREIGN KEY (merchant_account_id) REFERENCES merchant_account (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Every accepted submission with the score it got; rows are only ever inserted. id is the transactionId. The same
-- data for the same merchant is one row (uq_merchant_submission_payload): a resend, even ten at once, answers with
-- the original; the hash leads that key, so a bulk request finds its up to 500 resends with one IN on the hash. score is
-- the CreditScore document as answered; the columns after it repeat what loans will query.
CREATE TABLE merchant_submission (
    id                  CHAR(36)       NOT NULL,
    link_id             CHAR(36)       NOT NULL,
    marketplace_id      CHAR(36)       NOT NULL,
    payload_hash        VARCHAR(64)    NOT NULL,
    payload             TEXT           NOT NULL,
    score               TEXT           NOT NULL,
    total_score         INT            NOT NULL,
    risk_tier           VARCHAR(1)     NOT NULL,
    max_lending_amount  DECIMAL(19,2)  NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    model_version       VARCHAR(64)    NOT NULL,
    received_at         DATETIME(6)    NOT NULL,
    CONSTRAINT pk_merchant_submission PRIMARY KEY (id),
    CONSTRAINT uq_merchant_submission_payload UNIQUE (payload_hash, link_id),
    CONSTRAINT fk_merchant_submission_link FOREIGN KEY (link_id) REFERENCES merchant_link (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- The latest score of a merchant; the last submission of a marketplace (integration health).
CREATE INDEX ix_merchant_submission_link_received ON merchant_submission (link_id, received_at);
CREATE INDEX ix_merchant_submission_marketplace_received ON merchant_submission (marketplace_id, received_at);

-- Ingestion asks, for up to 500 merchants at once, which of them have live grants to a client.
CREATE INDEX ix_oauth_grant_client_subject ON oauth_grant (client_pk, subject);
