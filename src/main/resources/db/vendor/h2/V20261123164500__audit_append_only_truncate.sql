-- PostgreSQL refuses TRUNCATE of the audit log with a trigger (same version in db/vendor/postgresql).
-- H2, the embedded demo database, has no TRUNCATE triggers; its audit log is protected from
-- UPDATE and DELETE only. Kept so both databases go through the same versions.
select 1;
