-- Expected replenishments planned, changed and cancelled by the inventory team (issue 15), and short orders
-- re-evaluated when stock arrives or is planned: the promise moves or is restored, and sales re-confirms it.
alter table replenishment add column reference varchar(60);
alter table replenishment add column planned_by varchar(64);
alter table replenishment add column planned_at timestamp;
alter table replenishment add column changed_by varchar(64);
alter table replenishment add column changed_at timestamp;
alter table replenishment add column cancelled_by varchar(64);
alter table replenishment add column cancelled_at timestamp;
alter table replenishment add column cancel_reason varchar(500);

-- A short line waits for stock until it is reserved or its order version is replaced or cancelled; those that no
-- longer wait are closed (released_at) so that a re-evaluation finds only the waiting ones.
update stock_reservation set released_at = created_at
    where outcome = 'SHORT' and released_at is null
      and order_version < (select max(r.order_version) from stock_reservation r
                           where r.order_number = stock_reservation.order_number);
update stock_reservation set released_at = created_at
    where outcome = 'SHORT' and released_at is null
      and order_number in (select o.order_number from customer_order o where o.status = 'CANCELLED');
create index ix_stock_reservation_waiting on stock_reservation (product_code, location, outcome, released_at);

-- A promise inventory moved or restored after the customer's confirmation: sales confirms it again.
alter table customer_order add column promise_to_reconfirm boolean default false not null;
