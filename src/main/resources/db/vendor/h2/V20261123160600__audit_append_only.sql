-- The audit log is append-only: refuse any update or delete at the database.
create trigger audit_event_no_update before update on audit_event
  for each row call 'org.lantern.access.audit.AppendOnlyTrigger';
create trigger audit_event_no_delete before delete on audit_event
  for each row call 'org.lantern.access.audit.AppendOnlyTrigger';
