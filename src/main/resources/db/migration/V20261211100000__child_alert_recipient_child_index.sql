-- Each flag check from unscheduled care looks for the open notice of one recipient about one child
-- from one setting within the hour (one notice per setting per hour). With only the recipient's
-- index (recipient, last_at), PostgreSQL walks every notice the recipient had in the hour: the
-- front door, told of every check of a child nobody holds, had thousands, read on every check.
-- With the child in the index the lookup reads that recipient's notices about that child only.
create index child_alert_recipient_child_idx on child_alert (recipient_user_id, child_id, last_at);
