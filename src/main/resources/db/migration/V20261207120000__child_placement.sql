-- Where a child lives, kept as history: one row per placement, with its type (family home, foster,
-- residential, supported, secure, other) and, apart from it, who holds responsibility (ours; placed
-- here by another authority; ours placed elsewhere). When another authority is involved, its name,
-- team and contact (office hours and out of hours). A placement is current on a day when it started
-- on or before that day and had not ended by it (ended_on is the day the child left).
create table child_placement (
  id uuid primary key,
  child_id uuid not null references child (id),
  placement_type varchar(40) not null,
  responsibility varchar(40) not null,
  authority_name varchar(200),
  authority_team varchar(200),
  contact_name varchar(200),
  contact_email varchar(200),
  office_hours_phone varchar(40),
  out_of_hours_phone varchar(40),
  inform_whom varchar(500),
  started_on date not null,
  ended_on date,
  recorded_by uuid,
  recorded_at timestamp with time zone not null,
  constraint child_placement_type_ck check (placement_type in
    ('FAMILY_HOME', 'FOSTER_CARE', 'RESIDENTIAL', 'SUPPORTED_ACCOMMODATION', 'SECURE', 'OTHER')),
  constraint child_placement_responsibility_ck check (responsibility in
    ('OURS', 'PLACED_HERE_BY_ANOTHER_AUTHORITY', 'OURS_PLACED_ELSEWHERE')),
  constraint child_placement_authority_ck check (responsibility = 'OURS' or authority_name is not null),
  constraint child_placement_dates_ck check (ended_on is null or ended_on >= started_on)
);
create index child_placement_child_idx on child_placement (child_id, started_on);

-- The placement each child had recorded becomes its first (still open) placement, started the day
-- the record was made. The two cross-border types were responsibilities, not types: their type is
-- not known, so OTHER; the authority named is kept (or "Not recorded" where none was written).
insert into child_placement (id, child_id, placement_type, responsibility, authority_name,
  contact_name, contact_email, office_hours_phone, inform_whom, started_on, recorded_at)
select id, id,
  case when placement_type in ('PLACED_HERE_BY_ANOTHER_AUTHORITY', 'PLACED_ELSEWHERE_BY_US')
    then 'OTHER' else placement_type end,
  case placement_type
    when 'PLACED_HERE_BY_ANOTHER_AUTHORITY' then 'PLACED_HERE_BY_ANOTHER_AUTHORITY'
    when 'PLACED_ELSEWHERE_BY_US' then 'OURS_PLACED_ELSEWHERE'
    else 'OURS' end,
  case placement_type
    when 'PLACED_HERE_BY_ANOTHER_AUTHORITY' then coalesce(placing_authority, 'Not recorded')
    when 'PLACED_ELSEWHERE_BY_US' then coalesce(placed_in, 'Not recorded')
    else null end,
  case when placement_type = 'PLACED_HERE_BY_ANOTHER_AUTHORITY' then placing_worker_name end,
  case when placement_type = 'PLACED_HERE_BY_ANOTHER_AUTHORITY' then placing_worker_email end,
  case when placement_type = 'PLACED_HERE_BY_ANOTHER_AUTHORITY' then placing_worker_phone end,
  case when placement_type = 'PLACED_ELSEWHERE_BY_US' then placed_in_inform end,
  cast(updated_at as date), updated_at
from child where placement_type is not null;

alter table child drop column placement_type;
alter table child drop column placing_authority;
alter table child drop column placing_worker_name;
alter table child drop column placing_worker_email;
alter table child drop column placing_worker_phone;
alter table child drop column placed_in;
alter table child drop column placed_in_inform;

-- Each time another authority's contact was told a placement started or ended: the record in
-- Lantern (shown on the child's chronology), and the address e-mailed when mail is configured.
create table child_placement_notice (
  id uuid primary key,
  placement_id uuid not null references child_placement (id),
  child_id uuid not null references child (id),
  event varchar(10) not null,
  authority_name varchar(200) not null,
  contact_name varchar(200),
  contact_email varchar(200),
  recorded_by uuid,
  recorded_at timestamp with time zone not null,
  constraint child_placement_notice_event_ck check (event in ('STARTED', 'ENDED'))
);
create index child_placement_notice_child_idx on child_placement_notice (child_id);
