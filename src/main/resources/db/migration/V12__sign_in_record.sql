-- Every sign-in, failure, refusal, lock, unlock and sign-out (issue 14): when, who, from where. The ADMIN sees them.
create table sign_in_event (
    id             bigint        not null primary key,
    occurred_at    timestamp     not null,
    username       varchar(100)  not null,
    client_address varchar(100)  not null,
    outcome        varchar(32)   not null,
    detail         varchar(500)
);
create index ix_sign_in_event_occurred on sign_in_event (occurred_at);
create index ix_sign_in_event_username on sign_in_event (username, occurred_at);
