-- The relay's look for due handovers reads the oldest unsent messages first (OutboxDelivery.due). With the index on
-- (sent_at, id) PostgreSQL reads every unsent message and sorts them to find the oldest, so each round of the relay
-- grew with a backlog (50 ms a round for 100,000 unsent); this index holds only the unsent ones, in id order, and a
-- round reads as many as it looks at (2 ms). It stays as small as the backlog: a message leaves it when it is sent.
-- H2 has no partial indexes; there the look reads the (sent_at, id) index, which is enough for a development server.
create index ix_outbox_message_unsent on outbox_message (id) where sent_at is null;
