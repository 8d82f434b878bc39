-- PostgreSQL lets PUBLIC (every role that can connect) execute a new function unless told
-- otherwise, and audit_event_erase runs as its owner (security definer): so any role could have
-- erased a due month of the audit log. Only the role that runs the migrations (the owner, or the
-- role Lantern itself uses when it is the same one) keeps it; a deployment where Lantern connects as
-- another role grants it to that role by hand (docs/operating.md, "The audit log").
revoke execute on function audit_event_erase(uuid, timestamp with time zone, timestamp with time zone) from public;
grant execute on function audit_event_erase(uuid, timestamp with time zone, timestamp with time zone) to current_user;
