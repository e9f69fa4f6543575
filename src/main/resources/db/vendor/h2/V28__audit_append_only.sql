-- The audit trail is append-only on H2 too (PostgreSQL: V23, V26): an UPDATE or DELETE of an entry, a seal, a purge
-- checkpoint or what it lists is refused, except the purge's DELETE of an entry that audit_purged already lists.
-- The trigger is a class of the application (io.ordertrail.records.infrastructure.H2AppendOnly), which H2 loads
-- through the class loader of the thread that first touches one of these tables (FORCE: not at creation). A
-- statement for which it cannot load the class fails, so nothing is changed then either.
create force trigger audit_entry_append_only before update, delete on audit_entry
    for each row call 'io.ordertrail.records.infrastructure.H2AppendOnly';
create force trigger audit_seal_append_only before update, delete on audit_seal
    for each row call 'io.ordertrail.records.infrastructure.H2AppendOnly';
create force trigger audit_checkpoint_append_only before update, delete on audit_checkpoint
    for each row call 'io.ordertrail.records.infrastructure.H2AppendOnly';
create force trigger audit_purged_append_only before update, delete on audit_purged
    for each row call 'io.ordertrail.records.infrastructure.H2AppendOnly';
