-- On PostgreSQL this version takes audit_event_erase away from PUBLIC (see db/vendor/postgresql).
-- H2, the embedded demo database, has one user and no grants on functions; kept so both databases
-- go through the same versions.
select 1;
