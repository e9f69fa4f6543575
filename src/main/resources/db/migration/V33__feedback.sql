-- Issue 17, feedback for the periodic review: a customer's rating (1 to 5) and comment on an order, once per order
-- version, through the link in the confirmation; and staff's suggestions about the procedure, from any page.
create table customer_feedback (
    id             bigint         not null primary key,
    order_number   varchar(20)    not null,
    order_version  integer        not null,
    rating         integer        not null,
    comment_text   varchar(2000),
    received_at    timestamp      not null,
    constraint uq_customer_feedback unique (order_number, order_version),
    constraint ck_customer_feedback_rating check (rating between 1 and 5)
);
create index ix_customer_feedback_received on customer_feedback (received_at);

create table staff_suggestion (
    id             bigint         not null primary key,
    written_by     varchar(64)    not null,
    written_at     timestamp      not null,
    from_page      varchar(300),
    order_number   varchar(20),
    suggestion     varchar(4000)  not null
);
create index ix_staff_suggestion_written on staff_suggestion (written_at);
