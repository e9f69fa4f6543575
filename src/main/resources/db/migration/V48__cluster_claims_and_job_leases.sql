-- Several Ordertrail servers on one database (issue 22). Written for both H2 and PostgreSQL.

-- The relays claim what they send, so that two servers never send the same row: the outbox by message group (one
-- order's messages stay with one server, in order), confirmations one by one. A claim runs out, so that what a dead
-- server had claimed is sent by another.
alter table outbox_message add column claimed_by varchar(100);
alter table outbox_message add column claimed_until timestamp;
-- the relay's test "no earlier message of the group is still unsent"
create index ix_outbox_message_group on outbox_message (message_group, id);

alter table communication add column claimed_by varchar(100);
alter table communication add column claimed_until timestamp;

-- One row per scheduled job: the server that holds its lease runs it; the others skip their timer's turn.
create table job_lease (
    job        varchar(60)  not null primary key,
    holder     varchar(100),
    taken_at   timestamp,
    held_until timestamp
);
insert into job_lease (job) values ('audit-sealing');
insert into job_lease (job) values ('audit-verification');
insert into job_lease (job) values ('compliance-check');
insert into job_lease (job) values ('notification-digests');
insert into job_lease (job) values ('order-search-backfill');
insert into job_lease (job) values ('records-purge');
insert into job_lease (job) values ('review-report');
insert into job_lease (job) values ('special-request-escalation');
