-- SOP step 7, inventory's side of the handover: stock is reserved per order line, or a shortage is recorded with
-- the date more stock is expected; the outcome flows back to the order for sales to follow up.

alter table stock_level add column reserved integer default 0 not null;
alter table stock_level add constraint ck_stock_level_reserved check (reserved >= 0 and reserved <= on_hand);

create table replenishment (
    id          bigint      not null primary key,
    product_id  bigint      not null references product (id),
    location    varchar(40) not null,
    quantity    integer     not null check (quantity > 0),
    expected_on date        not null
);
create index ix_replenishment_product on replenishment (product_id, location, expected_on);

-- One row per order line and order version: the unique key makes a redelivered handover reserve once.
create table stock_reservation (
    id                 bigint      not null primary key,
    order_number       varchar(20) not null,
    order_version      integer     not null,
    line_number        integer     not null,
    product_code       varchar(40) not null,
    location           varchar(40) not null,
    quantity           integer     not null,
    outcome            varchar(16) not null,
    available_quantity integer     not null,
    expected_on        date,
    created_at         timestamp   not null,
    constraint uq_stock_reservation unique (order_number, order_version, line_number)
);
create index ix_stock_reservation_order on stock_reservation (order_number);

alter table customer_order add column availability varchar(16) default 'UNCHECKED' not null;
alter table customer_order add column availability_note varchar(1000);
