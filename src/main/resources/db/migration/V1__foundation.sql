-- Ordertrail foundation schema: users and roles, customers, catalog and stock, orders,
-- the handover outbox and the teams' handover receipts. Written for both H2 and PostgreSQL.

create sequence ordertrail_id_seq start with 1000 increment by 50;
create sequence order_number_seq start with 1 increment by 1;

-- Users and roles for the database identity store (Jakarta Security). Passwords are PBKDF2 hashes.
create table app_user (
    username      varchar(64)  not null primary key,
    display_name  varchar(128) not null,
    password_hash varchar(512) not null,
    enabled       boolean      not null
);
create table app_user_role (
    username  varchar(64) not null references app_user (username),
    role_name varchar(32) not null,
    primary key (username, role_name)
);

create table customer (
    id                       bigint       not null primary key,
    customer_number          varchar(32)  not null unique,
    name                     varchar(200) not null,
    email                    varchar(254),
    phone                    varchar(40),
    default_delivery_address varchar(500)
);

create table product (
    id         bigint         not null primary key,
    code       varchar(40)    not null unique,
    name       varchar(200)   not null,
    unit_price numeric(12, 2) not null,
    unit_code  varchar(8)     not null,
    active     boolean        not null
);

create table stock_level (
    id         bigint      not null primary key,
    product_id bigint      not null references product (id),
    location   varchar(40) not null,
    on_hand    integer     not null,
    constraint uq_stock_level unique (product_id, location)
);

-- An order; order_version counts its versions (amendments make new ones), lock_version guards concurrent edits.
create table customer_order (
    id                bigint       not null primary key,
    order_number      varchar(20)  not null unique,
    order_version     integer      not null,
    channel           varchar(16)  not null,
    status            varchar(24)  not null,
    customer_id       bigint       not null references customer (id),
    fulfilment_method varchar(16)  not null,
    delivery_address  varchar(500),
    pickup_location   varchar(100),
    instructions      varchar(1000),
    recorded_by       varchar(64)  not null,
    recorded_at       timestamp    not null,
    lock_version      bigint       not null
);
create index ix_customer_order_recorded_at on customer_order (recorded_at);
create index ix_customer_order_customer on customer_order (customer_id);

create table order_line (
    id           bigint         not null primary key,
    order_id     bigint         not null references customer_order (id),
    line_number  integer        not null,
    product_code varchar(40)    not null,
    product_name varchar(200)   not null,
    quantity     integer        not null check (quantity > 0),
    unit_price   numeric(12, 2) not null,
    constraint uq_order_line unique (order_id, line_number)
);

create table order_status_change (
    id          bigint      not null primary key,
    order_id    bigint      not null references customer_order (id),
    from_status varchar(24),
    to_status   varchar(24) not null,
    changed_by  varchar(64) not null,
    changed_at  timestamp   not null,
    reason      varchar(500)
);
create index ix_order_status_change_order on order_status_change (order_id);

-- Transactional outbox: handover messages written in the order's transaction, relayed to the broker after commit.
create table outbox_message (
    id            bigint        not null primary key,
    message_id    varchar(64)   not null unique,
    destination   varchar(100)  not null,
    message_group varchar(40)   not null,
    message_type  varchar(40)   not null,
    payload       varchar(16000) not null,
    created_at    timestamp     not null,
    sent_at       timestamp
);
create index ix_outbox_message_pending on outbox_message (sent_at, id);

-- What each team's consumer recorded; the unique key makes a redelivered message count once.
create table handover_receipt (
    id            bigint      not null primary key,
    team          varchar(16) not null,
    message_id    varchar(64) not null,
    message_type  varchar(40) not null,
    order_number  varchar(20) not null,
    order_version integer     not null,
    received_at   timestamp   not null,
    constraint uq_handover_receipt unique (team, message_id)
);
create index ix_handover_receipt_order on handover_receipt (order_number);
create index ix_handover_receipt_team on handover_receipt (team, received_at);
