-- One row, locked FOR UPDATE by a node's identity start-up (its first signing key, the bootstrap admin client and the
-- marker that bootstrap ran) so nodes starting together on an empty database do it one after the other: the second
-- waits, then finds what the first made. Without it both generated an active signing key and both inserted the
-- bootstrap client, and the loser of the unique key failed its start-up.
CREATE TABLE identity_startup (
    id  INT  NOT NULL,
    CONSTRAINT pk_identity_startup PRIMARY KEY (id)
) ENGINE=InnoDB;

INSERT INTO identity_startup (id) VALUES (1);
