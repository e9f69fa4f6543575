-- Staff accounts run without SQL (issue 15): an account has an email, may wait for its person to set a password
-- (no hash until then), and every change to an account is kept with who, when, and the value before and after.
alter table app_user add column email varchar(254);
alter table app_user alter column password_hash drop not null;

-- A single-use link with which a person sets their password, for a new account or after a reset. Only a hash of
-- its token is stored; a newer link for the same account replaces an unused older one.
create table password_link (
    token_hash  varchar(64)  not null primary key,
    username    varchar(64)  not null references app_user (username),
    created_at  timestamp    not null,
    created_by  varchar(64)  not null,
    expires_at  timestamp    not null,
    used_at     timestamp
);
create index ix_password_link_username on password_link (username);

create table app_user_change (
    id           bigint        not null primary key,
    username     varchar(64)   not null,
    changed_at   timestamp     not null,
    changed_by   varchar(64)   not null,
    what         varchar(40)   not null,
    value_before varchar(500),
    value_after  varchar(500)
);
create index ix_app_user_change_username on app_user_change (username, changed_at);
create index ix_app_user_change_changed on app_user_change (changed_at);
