-- Notes on orders (issue 15): staff leave a note on an order for everyone or for one team. A note is never edited;
-- a correction is a new note. The addressed team marks it read, with who and when.
create table order_note (
    id            bigint         not null primary key,
    order_id      bigint         not null references customer_order (id),
    written_at    timestamp      not null,
    written_by    varchar(64)    not null,
    addressed_to  varchar(20)    not null,
    note_text     varchar(2000)  not null,
    read_at       timestamp,
    read_by       varchar(64)
);
create index ix_order_note_order on order_note (order_id, written_at);
create index ix_order_note_unread on order_note (addressed_to, read_at);
