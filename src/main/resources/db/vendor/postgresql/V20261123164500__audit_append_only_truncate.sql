-- TRUNCATE fires no row-level trigger, so it emptied the append-only audit log in one statement.
-- Refuse it too. (H2, the laptop demo's database, has no truncate triggers.)
create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_append_only();
