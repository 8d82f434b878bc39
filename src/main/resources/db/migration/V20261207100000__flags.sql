-- Flags on a child's file (issue 14 items 1-4). Lantern's own flags are derived from what it already
-- knows (flags.FlagRules), never stored; flags sent in by partner systems are kept here, one row per
-- sending system and identifier (a second POST of the same identifier changes nothing).
create table partner_flag (
  id uuid primary key,
  partnership_id uuid not null,
  child_id uuid not null references child (id),
  code varchar(60) not null,
  agency_id uuid not null references agency (id),
  source_system varchar(100) not null,
  identifier_system varchar(200) not null,
  identifier_value varchar(100) not null,
  starts_on date not null,
  ends_on date,
  status varchar(20) not null,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null,
  constraint partner_flag_identifier_uq unique (agency_id, identifier_system, identifier_value)
);

create index partner_flag_child_idx on partner_flag (child_id);

-- Every check of a child's flags from unscheduled care (web or FHIR): which setting, when, who. A
-- check of a child Lantern does not know leaves the audit row only.
create table flag_check (
  id uuid primary key,
  partnership_id uuid not null,
  child_id uuid not null references child (id),
  setting varchar(200) not null,
  channel varchar(10) not null,
  checked_by_user_id uuid not null,
  checked_by_name varchar(200) not null,
  agency_name varchar(200) not null,
  checked_at timestamp with time zone not null
);

create index flag_check_child_idx on flag_check (child_id, checked_at);

-- A notice may be about one thing within a child (the setting that checked): notices group by it.
alter table child_alert add column detail varchar(200);
