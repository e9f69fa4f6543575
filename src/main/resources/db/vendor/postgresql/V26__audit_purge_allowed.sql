-- The audit trail stays append-only, with one exception: the purge may delete an entry past its retention period
-- once it has written the entry's id and hash under a signed checkpoint (audit_purged). Checkpoints and what they
-- list are append-only too. Verification checks each checkpoint's signature with the records key, which is not in
-- the database: a row added here by hand to cover a deletion does not verify.
create or replace function audit_append_only() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' and tg_table_name = 'audit_entry' then
        -- nested: old.id exists only on audit_entry
        if exists (select 1 from audit_purged p where p.entry_id = old.id) then
            return old;
        end if;
    end if;
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name;
end;
$$;
create trigger audit_checkpoint_append_only before update or delete on audit_checkpoint
    for each row execute function audit_append_only();
create trigger audit_purged_append_only before update or delete on audit_purged
    for each row execute function audit_append_only();
-- The seal table was rebuilt without its foreign key (V25): it is append-only again.
create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function audit_append_only();
