-- Retention of the audit log: the same one way to erase a month of it as on PostgreSQL (see
-- db/vendor/postgresql), in Java: the append-only trigger lets a delete through only while this
-- function runs, and the function keeps rows about a child whose record is still held and rows
-- recording an erasure, and refuses a month whose period has not passed.
create alias audit_event_erase for 'org.lantern.access.audit.AuditErasureFunction.erase';
