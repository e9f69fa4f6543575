-- The acknowledgement link of a confirmation email (issue 14): only a hash of its token is stored, and the stored
-- email carries a placeholder where the link goes, so staff never see the link itself. The customer's
-- acknowledgement records the client address it came from.
alter table communication add column ack_token_hash varchar(64);
alter table communication add column ack_expires_at timestamp;
alter table communication add column acknowledged_from varchar(100);
