-- Issue 17, the daily compliance check: each run, and the breaches of the SOP it found then, for the manager.
create table compliance_check (
    id            bigint        not null primary key,
    checked_at    timestamp     not null,
    checked_by    varchar(64)   not null
);
create table compliance_breach (
    check_id      bigint        not null references compliance_check (id),
    position      integer       not null,
    kind          varchar(32)   not null,
    order_number  varchar(20)   not null,
    since         timestamp     not null,
    detail        varchar(300),
    primary key (check_id, position)
);
