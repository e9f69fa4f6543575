-- What the rules say and keep (issue 19, item 1): why an order's status changed, how its date was worked out, what
-- inventory found and why it was flagged are
-- kept as a phrase too, its bundle key and arguments as JSON, so that each reader sees them in their own language.
-- The English text stays where it was, for the records and the API; rows from before have no phrase and show it.
alter table customer_order add column estimate_phrase varchar(4000);
alter table order_status_change add column reason_phrase varchar(4000);
alter table order_status_change add column title_key varchar(80);
alter table customer_order add column availability_phrase varchar(4000);
alter table order_flag add column reason_phrase varchar(4000);
