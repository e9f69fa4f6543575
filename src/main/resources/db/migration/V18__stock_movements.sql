-- Stock counts and adjustments by the inventory team (issue 15): the level is never edited in place without a
-- movement that says who, when, why (a reason code and a note), by how much, and what was on hand after.
create table stock_movement (
    id              bigint        not null primary key,
    product_id      bigint        not null references product (id),
    location        varchar(40)   not null,
    moved_at        timestamp     not null,
    moved_by        varchar(64)   not null,
    kind            varchar(16)   not null,
    reason          varchar(24)   not null,
    note            varchar(500)  not null,
    quantity_change integer       not null,
    on_hand_after   integer       not null
);
create index ix_stock_movement_product on stock_movement (product_id, location, moved_at);
create index ix_stock_movement_moved on stock_movement (moved_at);
