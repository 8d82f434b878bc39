-- A relationship with a child ends with a date rather than a deleted row: who could see the child, and
-- until when, stays answerable (closed cases, ended network membership, a referrer's time-limited access).
alter table child_relationship add column ended_at timestamp with time zone;
create index child_relationship_active_idx on child_relationship (child_id, ended_at);
