-- Retention (issue 16, SOP section 5): legal holds on orders and customers, and what a purge leaves of the audit
-- entries it removes: each entry's id and hash under a checkpoint signed with the records key, so that the chain
-- still verifies through them. Seals are never purged: they are small, and they are the chain.
create table legal_hold (
    id           bigint       not null primary key,
    subject_type varchar(20)  not null,
    subject_id   varchar(64)  not null,
    reason       varchar(500) not null,
    placed_by    varchar(64)  not null,
    placed_at    timestamp    not null,
    lifted_by    varchar(64),
    lifted_at    timestamp,
    lift_reason  varchar(500)
);
create index ix_legal_hold_subject on legal_hold (subject_type, subject_id, lifted_at);

create table audit_checkpoint (
    id          bigint      not null primary key,
    created_at  timestamp   not null,
    purge_run   bigint      not null,
    entry_count integer     not null,
    digest      varchar(64) not null,
    signature   varchar(64) not null
);

create table audit_purged (
    entry_id      bigint      not null primary key,
    content_hash  varchar(64) not null,
    checkpoint_id bigint      not null references audit_checkpoint (id)
);
create index ix_audit_purged_checkpoint on audit_purged (checkpoint_id);

-- The purge finds orders by their last change; status changes are where that is.
create index ix_order_status_change_at on order_status_change (order_id, changed_at);

-- A seal outlives its entry once a purge removes the entry: the seal table keeps no foreign key to the entries
-- (rebuilt, as neither database drops an unnamed constraint the same way).
create table audit_seal_chain (
    position      bigint      not null primary key,
    entry_id      bigint      not null unique,
    previous_hash varchar(64) not null,
    chain_hash    varchar(64) not null,
    sealed_at     timestamp   not null
);
insert into audit_seal_chain (position, entry_id, previous_hash, chain_hash, sealed_at)
    select position, entry_id, previous_hash, chain_hash, sealed_at from audit_seal;
drop table audit_seal;
alter table audit_seal_chain rename to audit_seal;

-- What each run of the purge has removed so far, counted in the transaction of each slice it removes: the progress
-- page reads it, and a stopped run restarted goes on counting in the same row.
create table purge_run (
    run        bigint    not null primary key,
    started_at timestamp not null,
    updated_at timestamp not null,
    orders     bigint    not null,
    entries    bigint    not null,
    outbox     bigint    not null,
    receipts   bigint    not null,
    originals  bigint    not null
);
