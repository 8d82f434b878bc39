-- Who at the front door is looking at a waiting concern, and since when, so that two workers do not
-- triage the same concern unknowingly (issue 19). Kept apart from the concern so that picking it
-- up does not change the concern's version (a decision form opened before stays valid). One row a
-- concern at most; putting it down removes the row.
create table concern_pick_up (
  concern_id uuid primary key references concern (id),
  user_id uuid not null references user_account (id),
  user_name varchar(200) not null,
  picked_up_at timestamp with time zone not null
);
