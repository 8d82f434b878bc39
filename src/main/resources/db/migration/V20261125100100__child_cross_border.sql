-- Cross-border placements. A child placed here by another authority: the placing authority and its
-- allocated worker (invited to the child's panel). One of ours placed elsewhere: where, and whom to
-- inform there.
alter table child add column placing_authority varchar(200);
alter table child add column placing_worker_name varchar(200);
alter table child add column placing_worker_email varchar(200);
alter table child add column placing_worker_phone varchar(40);
alter table child add column placed_in varchar(200);
alter table child add column placed_in_inform varchar(500);
