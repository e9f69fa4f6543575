-- The audit trail is append-only: an UPDATE or DELETE of an entry or a seal is refused, whoever the application
-- connects as. (Only the table owner can switch the trigger off, and doing so is itself what verification reveals.)
create or replace function audit_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name;
end;
$$;
create trigger audit_entry_append_only before update or delete on audit_entry
    for each row execute function audit_append_only();
create trigger audit_seal_append_only before update or delete on audit_seal
    for each row execute function audit_append_only();
