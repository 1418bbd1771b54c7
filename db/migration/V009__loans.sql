-- Loans and their repayment ledger (SPEC 5, 7, 8; issue 11), and the inbound webhook events that feed the ledger.
-- ${exact_text} follows the marketplace's own identifiers (event ids, deduction and settlement references): on MySQL and
-- MariaDB it is a binary collation, so that ids differing only in case or trailing spaces stay distinct; on H2 nothing.

-- The one counter behind loan references (LOAN-<year>-<sequence>): a row lock serialises origination across nodes,
-- so two nodes never hand out the same sequence; uq_loan_reference would stop it anyway.
CREATE TABLE loan_reference_counter (
    id          INT     NOT NULL,
    last_value  BIGINT  NOT NULL,
    CONSTRAINT pk_loan_reference_counter PRIMARY KEY (id)
) ENGINE=InnoDB;
INSERT INTO loan_reference_counter (id, last_value) VALUES (1, 0);

-- A loan to one linked merchant of one marketplace. total_paid is the sum of the loan's ledger entries, kept in the
-- same transaction as every entry under the loan's row lock (the ledger invariant check proves it); outstanding is
-- total_repayable - total_paid and is not stored. version orders the loan's events for receivers.
CREATE TABLE loan (
    id                   CHAR(36)       NOT NULL,
    reference            VARCHAR(32)    NOT NULL,
    marketplace_id       CHAR(36)       NOT NULL,
    merchant_link_id     CHAR(36)       NOT NULL,
    merchant_ref         VARCHAR(128)   NOT NULL,
    merchant_account_id  CHAR(36)       NOT NULL,
    status               VARCHAR(16)    NOT NULL,
    principal_amount     DECIMAL(19,2)  NOT NULL,
    fee_amount           DECIMAL(19,2)  NOT NULL,
    total_repayable      DECIMAL(19,2)  NOT NULL,
    total_paid           DECIMAL(19,2)  NOT NULL,
    currency             VARCHAR(3)     NOT NULL,
    deduction_rate       DECIMAL(5,2)   NOT NULL,
    deductions_count     INT            NOT NULL,
    last_deduction_at    DATETIME(6),
    disbursed_at         DATETIME(6),
    completed_at         DATETIME(6),
    created_at           DATETIME(6)    NOT NULL,
    updated_at           DATETIME(6)    NOT NULL,
    version              BIGINT         NOT NULL,
    CONSTRAINT pk_loan PRIMARY KEY (id),
    CONSTRAINT uq_loan_reference UNIQUE (reference),
    CONSTRAINT fk_loan_marketplace FOREIGN KEY (marketplace_id) REFERENCES marketplace (id),
    CONSTRAINT fk_loan_merchant_link FOREIGN KEY (merchant_link_id) REFERENCES merchant_link (id)
) ENGINE=InnoDB;
CREATE INDEX ix_loan_marketplace_merchant ON loan (marketplace_id, merchant_ref, status);

-- The ledger: rows are only ever inserted. amount is signed: a DEDUCTION is positive (it pays the loan down), its
-- REVERSAL the same amount negative. A reference is applied once per marketplace and entry type, and a deduction is
-- reversed at most once (uq_ledger_entry_reverses; NULLs do not collide).
CREATE TABLE loan_ledger_entry (
    id                 CHAR(36)       NOT NULL,
    loan_id            CHAR(36)       NOT NULL,
    marketplace_id     CHAR(36)       NOT NULL,
    entry_type         VARCHAR(16)    NOT NULL,
    reference          VARCHAR(128)   ${exact_text} NOT NULL,
    amount             DECIMAL(19,2)  NOT NULL,
    currency           VARCHAR(3)     NOT NULL,
    reverses_entry_id  CHAR(36),
    event_id           VARCHAR(128)   ${exact_text} NOT NULL,
    occurred_at        DATETIME(6)    NOT NULL,
    recorded_at        DATETIME(6)    NOT NULL,
    CONSTRAINT pk_loan_ledger_entry PRIMARY KEY (id),
    CONSTRAINT uq_ledger_entry_reference UNIQUE (marketplace_id, entry_type, reference),
    CONSTRAINT uq_ledger_entry_reverses UNIQUE (reverses_entry_id),
    CONSTRAINT fk_ledger_entry_loan FOREIGN KEY (loan_id) REFERENCES loan (id)
) ENGINE=InnoDB;
CREATE INDEX ix_ledger_entry_loan ON loan_ledger_entry (loan_id, recorded_at);

-- A marketplace's settlement of collected deductions; each deduction is allocated to at most one settlement.
CREATE TABLE settlement (
    id                  CHAR(36)       NOT NULL,
    marketplace_id      CHAR(36)       NOT NULL,
    reference           VARCHAR(128)   ${exact_text} NOT NULL,
    period_start        VARCHAR(40),
    period_end          VARCHAR(40),
    total_amount        DECIMAL(19,2)  NOT NULL,
    currency            VARCHAR(3)     NOT NULL,
    status              VARCHAR(16)    NOT NULL,
    bank_reference      VARCHAR(128),
    transferred_amount  DECIMAL(19,2),
    transferred_at      DATETIME(6),
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT pk_settlement PRIMARY KEY (id),
    CONSTRAINT uq_settlement_reference UNIQUE (marketplace_id, reference),
    CONSTRAINT fk_settlement_marketplace FOREIGN KEY (marketplace_id) REFERENCES marketplace (id)
) ENGINE=InnoDB;

CREATE TABLE settlement_allocation (
    id             CHAR(36)       NOT NULL,
    settlement_id  CHAR(36)       NOT NULL,
    entry_id       CHAR(36)       NOT NULL,
    amount         DECIMAL(19,2)  NOT NULL,
    created_at     DATETIME(6)    NOT NULL,
    CONSTRAINT pk_settlement_allocation PRIMARY KEY (id),
    CONSTRAINT uq_settlement_allocation_entry UNIQUE (entry_id),
    CONSTRAINT fk_settlement_allocation_settlement FOREIGN KEY (settlement_id) REFERENCES settlement (id),
    CONSTRAINT fk_settlement_allocation_entry FOREIGN KEY (entry_id) REFERENCES loan_ledger_entry (id)
) ENGINE=InnoDB;

-- What became of a deduction: given back (REVERSAL) or settled (SETTLEMENT), never both. The reversal and the
-- settlement check each other's rows under different locks, so this one key is what stops the two committing at once.
CREATE TABLE deduction_claim (
    entry_id    CHAR(36)     NOT NULL,
    claimed_by  VARCHAR(16)  NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    CONSTRAINT pk_deduction_claim PRIMARY KEY (entry_id),
    CONSTRAINT fk_deduction_claim_entry FOREIGN KEY (entry_id) REFERENCES loan_ledger_entry (id)
) ENGINE=InnoDB;

-- An inbound event whose reported loan_balance disagreed with the ledger (it was applied from the ledger).
CREATE TABLE balance_discrepancy (
    id                     CHAR(36)       NOT NULL,
    marketplace_id         CHAR(36)       NOT NULL,
    loan_id                CHAR(36)       NOT NULL,
    event_id               VARCHAR(128)   ${exact_text} NOT NULL,
    event_type             VARCHAR(64)    NOT NULL,
    currency               VARCHAR(3)     NOT NULL,
    reported_total_due     DECIMAL(19,2),
    reported_total_paid    DECIMAL(19,2),
    reported_outstanding   DECIMAL(19,2),
    ledger_total_due       DECIMAL(19,2)  NOT NULL,
    ledger_total_paid      DECIMAL(19,2)  NOT NULL,
    ledger_outstanding     DECIMAL(19,2)  NOT NULL,
    recorded_at            DATETIME(6)    NOT NULL,
    CONSTRAINT pk_balance_discrepancy PRIMARY KEY (id),
    CONSTRAINT fk_balance_discrepancy_loan FOREIGN KEY (loan_id) REFERENCES loan (id)
) ENGINE=InnoDB;
CREATE INDEX ix_balance_discrepancy_marketplace ON balance_discrepancy (marketplace_id, recorded_at);
CREATE INDEX ix_balance_discrepancy_loan ON balance_discrepancy (loan_id, recorded_at);

-- Every accepted inbound webhook event, with its raw body and headers, kept indefinitely: the unique key is what makes
-- an event id count once, even when the same event arrives at two nodes at the same moment.
CREATE TABLE inbound_event (
    id                  CHAR(36)      NOT NULL,
    marketplace_id      CHAR(36)      NOT NULL,
    event_id            VARCHAR(128)  ${exact_text} NOT NULL,
    event_type          VARCHAR(64)   NOT NULL,
    body_hash           VARCHAR(64)   NOT NULL,
    body                MEDIUMTEXT    NOT NULL,
    headers             TEXT          NOT NULL,
    opensylo_reference  VARCHAR(128)  NOT NULL,
    received_at         DATETIME(6)   NOT NULL,
    CONSTRAINT pk_inbound_event PRIMARY KEY (id),
    CONSTRAINT uq_inbound_event UNIQUE (marketplace_id, event_id),
    CONSTRAINT fk_inbound_event_marketplace FOREIGN KEY (marketplace_id) REFERENCES marketplace (id)
) ENGINE=InnoDB;
