-- The purge asks, for each order past its period, whether any of its versions is newer than the cut-off: without
-- this index that is a scan of all versions for every slice of the purge.
create index ix_order_version_record_at on order_version_record (order_id, created_at);
-- The purge deletes an order's API idempotency keys by its number: without this index, a scan of every key.
create index ix_api_idempotency_order on api_idempotency (order_number);
