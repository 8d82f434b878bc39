-- The audit log is append-only: refuse any update or delete at the database.
create function audit_event_append_only() returns trigger as $$
begin
  raise exception 'audit_event is append-only';
end;
$$ language plpgsql;

create trigger audit_event_no_change
  before update or delete on audit_event
  for each row execute function audit_event_append_only();
