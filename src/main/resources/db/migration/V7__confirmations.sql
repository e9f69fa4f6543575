-- SOP step 4 and section 5: confirmations to customers and every communication about an order, on record.

create table communication (
    id              bigint         not null primary key,
    order_number    varchar(20)    not null,
    order_version   integer        not null,
    kind            varchar(24)    not null,
    channel         varchar(16)    not null,
    recipient       varchar(254)   not null,
    author          varchar(64)    not null,
    created_at      timestamp      not null,
    subject         varchar(200)   not null,
    text_content    varchar(100000) not null,
    html_content    varchar(100000),
    status          varchar(16)    not null,
    attempts        integer        not null,
    next_attempt_at timestamp,
    last_error      varchar(500),
    sent_at         timestamp,
    call_with       varchar(200),
    acknowledged_at timestamp,
    resend_of       bigint,
    lock_version    bigint         not null
);
create index ix_communication_order on communication (order_number, created_at);
-- the dispatcher's work list: pending ones by when they are due
create index ix_communication_due on communication (status, next_attempt_at);

alter table customer add column preferred_confirmation varchar(16);
alter table customer_order add column confirmed_at timestamp;

-- Secrets the application generates once and shares across its nodes (e.g. the key signing acknowledgement links).
create table app_secret (
    name   varchar(64)  not null primary key,
    secret varchar(200) not null
);
