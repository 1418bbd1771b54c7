-- Admin authority is a server-side attribute of operator clients (first-party, confidential, client_credentials
-- only), never something a grant or a scope list confers (security review H1).
ALTER TABLE oauth_client ADD COLUMN is_operator BOOLEAN NOT NULL DEFAULT FALSE;
-- A client whose owner (a marketplace) is suspended is inactive whatever its own enabled flag says; the two switches
-- are kept apart so neither an operator's PATCH nor a reactivation undoes the other (review M1).
ALTER TABLE oauth_client ADD COLUMN owner_suspended BOOLEAN NOT NULL DEFAULT FALSE;
-- Raised each time the client stops being active; access tokens carry the generation they were issued under, so
-- re-enabling a client never revives tokens issued before it was disabled (review L10).
ALTER TABLE oauth_client ADD COLUMN token_generation INT NOT NULL DEFAULT 0;

-- Existing operator clients: first-party, confidential, owned by nobody, whose only scope is admin.
UPDATE oauth_client SET is_operator = TRUE
 WHERE allowed_scopes = 'admin' AND client_type = 'CONFIDENTIAL' AND is_first_party = TRUE AND owner_id IS NULL;
-- A non-operator client that was allowed only admin keeps a harmless read scope instead; admin listed beside other
-- scopes of such a client confers nothing any more (authority comes from is_operator alone).
UPDATE oauth_client SET allowed_scopes = 'credit.score.read' WHERE allowed_scopes = 'admin' AND is_operator = FALSE;

-- Marketplace clients disabled by a suspension: the suspension is now the owner's switch, not the client's.
UPDATE oauth_client SET owner_suspended = TRUE, enabled = TRUE
 WHERE id IN (SELECT client_pk FROM marketplace WHERE status = 'SUSPENDED');

-- A grant remembers the client's generation when the merchant consented, so its refresh tokens die with the
-- client's earlier access tokens when the client is disabled (review L10).
ALTER TABLE oauth_grant ADD COLUMN client_generation INT NOT NULL DEFAULT 0;

-- Clients inactive at upgrade time: their earlier tokens (generation 0) must not come back with a re-enable.
UPDATE oauth_client SET token_generation = 1 WHERE enabled = FALSE OR owner_suspended = TRUE;
