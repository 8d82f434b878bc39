-- The first run of an empty install: one row, written in the transaction that makes the first
-- partnership and its administrator, so that two people completing the first-run page at the same
-- moment cannot both make one (the second insert fails on the key). Its presence closes the page.
create table first_run (
    id integer not null primary key,
    partnership_id uuid not null,
    done_at timestamp with time zone not null,
    done_by varchar(40) not null,
    constraint first_run_only_once check (id = 1)
);
