-- Issue 19: a timeline entry that changes no status (an amendment, a moved promise) says what happened, instead of
-- repeating the status the order stays in ("Confirmed"). Entries written before keep their status as their title.
alter table order_status_change add column title varchar(100);
