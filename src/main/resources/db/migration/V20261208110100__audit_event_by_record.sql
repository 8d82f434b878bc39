-- Who looked at one record that is not a child's (an adult of concern), for the subject access
-- export of an adult: found by the record's type and id rather than by reading the whole log.
create index audit_event_record_idx on audit_event (record_type, record_id);
