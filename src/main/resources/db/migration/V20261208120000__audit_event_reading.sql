-- Whether a use of a permission was only to read a record (opening a return interview, where the
-- permission is to record one): the audit pages then say "Opened a return interview", not "Recorded
-- a return interview". False for a write; null on rows written before this column (read as false).
alter table audit_event add column reading boolean;
