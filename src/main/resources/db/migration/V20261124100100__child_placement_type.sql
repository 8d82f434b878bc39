-- Where a child lives, for the tracker: family home, foster, residential, supported accommodation,
-- placed here by another authority, or ours placed elsewhere. Unknown until someone records it.
alter table child add column placement_type varchar(40);
