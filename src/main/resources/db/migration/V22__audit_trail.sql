-- The audit trail (issue 16, SOP section 5): one entry per change, written in the change's transaction, and a
-- chain of seals linking each entry's SHA-256 to the one before. Both tables are only ever inserted into.
create table audit_entry (
    id           bigint         not null primary key,
    recorded_at  timestamp      not null,
    actor        varchar(64)    not null,
    origin       varchar(200),
    kind         varchar(40)    not null,
    subject_type varchar(20)    not null,
    subject_id   varchar(64)    not null,
    content      varchar(20000) not null,
    content_hash varchar(64)    not null
);
create index ix_audit_entry_subject on audit_entry (subject_type, subject_id, recorded_at);
create index ix_audit_entry_recorded on audit_entry (recorded_at);
create index ix_audit_entry_actor on audit_entry (actor, recorded_at);

create table audit_seal (
    position      bigint      not null primary key,
    entry_id      bigint      not null unique references audit_entry (id),
    previous_hash varchar(64) not null,
    chain_hash    varchar(64) not null,
    sealed_at     timestamp   not null
);
