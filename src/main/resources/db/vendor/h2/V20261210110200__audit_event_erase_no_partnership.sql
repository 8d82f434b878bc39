-- On PostgreSQL this version has audit_event_erase also erase the audit log's rows of no
-- partnership once the longest of the partnerships' periods has passed (see db/vendor/postgresql).
-- On H2 the function is Java (org.lantern.access.audit.AuditErasureFunction), which does the same;
-- kept so both databases go through the same versions.
select 1;
