-- Idempotent order creation over the API: the same Idempotency-Key with the same body returns the same order.
create table api_idempotency (
    idempotency_key varchar(100) not null,
    caller          varchar(64)  not null,
    request_hash    varchar(64)  not null,
    order_number    varchar(20)  not null,
    created_at      timestamp    not null,
    primary key (caller, idempotency_key)
);
