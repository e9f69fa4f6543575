-- SOP steps 1-3 in full: prices with effective dates, new customers, purchase-order references, requested and
-- estimated dates, the source email of an email order, the cross-check's flags and the second person's approval.

-- Prices with the date they take effect; the price of a day is the latest one effective on it.
create table product_price (
    product_id     bigint         not null references product (id),
    effective_from date           not null,
    unit_price     numeric(12, 2) not null check (unit_price > 0),
    primary key (product_id, effective_from)
);
insert into product_price (product_id, effective_from, unit_price)
    select id, date '2000-01-01', unit_price from product;
alter table product drop column unit_price;

-- Customers created by staff get numbers from C-2001 on (C-1xxx are the imported ones).
create sequence customer_number_seq start with 2001 increment by 1;
alter table customer add column contact_name varchar(200);
create index ix_customer_name on customer (name);

alter table customer_order add column purchase_order_reference varchar(40);
alter table customer_order add column requested_date date;
alter table customer_order add column estimated_date date;
alter table customer_order add column estimate_explanation varchar(500);
alter table customer_order add column source_email varchar(100000);
alter table customer_order add column approved_by varchar(64);
alter table customer_order add column approved_at timestamp;
alter table customer_order add column total_amount numeric(14, 2) default 0 not null;
update customer_order set total_amount = (select coalesce(sum(l.quantity * l.unit_price), 0) from order_line l
                                          where l.order_id = customer_order.id);
create index ix_customer_order_po on customer_order (customer_id, purchase_order_reference);

alter table order_line add column list_price numeric(12, 2);
update order_line set list_price = unit_price;
alter table order_line alter column list_price set not null;
alter table order_line add column price_reason varchar(200);

create table order_flag (
    order_id  bigint       not null references customer_order (id),
    position  integer      not null,
    flag_type varchar(24)  not null,
    reason    varchar(500) not null,
    primary key (order_id, position)
);
create index ix_order_flag_type on order_flag (flag_type, order_id);

-- The order list filters by status, channel and customer, newest first, over a million orders. Each index ends in
-- (recorded_at, id): the list's order, and enough for PostgreSQL to count matching orders from the index alone.
create index ix_customer_order_customer_time on customer_order (customer_id, recorded_at, id);
create index ix_customer_order_status on customer_order (status, recorded_at, id);
create index ix_customer_order_channel on customer_order (channel, recorded_at, id);
create index ix_customer_order_status_channel on customer_order (status, channel, recorded_at, id);
