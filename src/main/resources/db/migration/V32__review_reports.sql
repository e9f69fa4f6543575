-- Issue 17, the scheduled review report: each period's PDF report is made once (its content kept as an original),
-- and mailed to every manager; a mail that does not go out is tried again, with its error, until it does.
create table review_report (
    id            bigint        not null primary key,
    period_kind   varchar(10)   not null,
    first_day     date          not null,
    last_day      date          not null,
    made_at       timestamp     not null,
    content_hash  varchar(64)   not null,
    file_name     varchar(100)  not null,
    constraint uq_review_report unique (period_kind, first_day)
);
create table review_report_mailing (
    report_id     bigint        not null references review_report (id),
    recipient     varchar(64)   not null,
    email         varchar(254)  not null,
    attempts      integer       not null,
    mailed_at     timestamp,
    last_error    varchar(500),
    primary key (report_id, recipient)
);
