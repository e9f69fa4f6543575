-- Issue 17, review records: the manager records each periodic review (its period and findings) with its actions,
-- each with an owner and a due date and tracked to done; and the SOP revision log, each change linked to the review
-- that decided it.
create table periodic_review (
    id            bigint         not null primary key,
    period_kind   varchar(10)    not null,
    first_day     date           not null,
    last_day      date           not null,
    findings      varchar(8000)  not null,
    recorded_by   varchar(64)    not null,
    recorded_at   timestamp      not null
);
create table review_action (
    id            bigint         not null primary key,
    review_id     bigint         not null references periodic_review (id),
    description   varchar(1000)  not null,
    owner         varchar(64)    not null,
    due_date      date           not null,
    done_at       timestamp,
    done_by       varchar(64),
    lock_version  bigint         not null
);
create index ix_review_action_owner on review_action (owner, done_at);
create table sop_revision (
    id            bigint         not null primary key,
    review_id     bigint         references periodic_review (id),
    effective_on  date           not null,
    what_changed  varchar(2000)  not null,
    why           varchar(2000)  not null,
    recorded_by   varchar(64)    not null,
    recorded_at   timestamp      not null
);
