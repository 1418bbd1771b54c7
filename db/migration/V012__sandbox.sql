-- The sandbox (SPEC 10).

-- The published test merchants' passwords are public: such an account may consent only to SANDBOX clients.
ALTER TABLE merchant_account ADD COLUMN sandbox BOOLEAN NOT NULL DEFAULT FALSE;

-- A dashboard user whose password is published (the sandbox's): it may not change it, so nobody locks the others out.
ALTER TABLE marketplace_user ADD COLUMN published BOOLEAN NOT NULL DEFAULT FALSE;

-- One row, locked FOR UPDATE by whatever builds or resets the sandbox world, so two nodes never do it at once.
CREATE TABLE sandbox_state (
    id             INT           NOT NULL,
    seeded_at      DATETIME(6),
    last_reset_at  DATETIME(6),
    CONSTRAINT pk_sandbox_state PRIMARY KEY (id)
) ENGINE=InnoDB;

INSERT INTO sandbox_state (id) VALUES (1);

-- Each scheduled reset, recorded by the node that ran it: a slot already here is not run again by another node.
CREATE TABLE sandbox_reset_run (
    due_at        DATETIME(6)   NOT NULL,
    node          VARCHAR(255)  NOT NULL,
    started_at    DATETIME(6)   NOT NULL,
    removed_rows  INT           NOT NULL,
    CONSTRAINT pk_sandbox_reset_run PRIMARY KEY (due_at)
) ENGINE=InnoDB;
