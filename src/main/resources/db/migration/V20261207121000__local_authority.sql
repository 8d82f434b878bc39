-- A partnership may span more than one local authority (council), each with its districts: figures
-- are given by authority and in total. An authority is renamed or closed from a date, never deleted.
create table local_authority (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  name varchar(200) not null,
  closed_on date,
  constraint local_authority_name_unique unique (partnership_id, name)
);
create index local_authority_partnership_idx on local_authority (partnership_id);

-- Every partnership so far had one authority: it is named after the partnership's council (its
-- agency of kind COUNCIL; the partnership's own name where it has none), with the partnership's id.
insert into local_authority (id, partnership_id, name)
select p.id, p.id,
  coalesce((select min(a.name) from agency a where a.partnership_id = p.id and a.kind = 'COUNCIL'),
    p.name)
from partnership p;

-- Each district belongs to one authority: existing districts to their partnership's one.
alter table district add column local_authority_id uuid references local_authority (id);
update district set local_authority_id = partnership_id;
alter table district alter column local_authority_id set not null;
create index district_local_authority_idx on district (local_authority_id);
