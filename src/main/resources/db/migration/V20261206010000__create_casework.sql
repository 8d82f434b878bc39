-- Casework: which council team takes children routed by the front door, each child's case (one open
-- at a time), and what happened to it (for the chronology).
create table case_team (
  team_id uuid primary key references team (id),
  partnership_id uuid not null references partnership (id),
  district_id uuid references district (id),
  early_help boolean not null
);

create index case_team_partnership_idx on case_team (partnership_id);

create table child_case (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  concern_id uuid not null,
  decision varchar(40) not null,
  decision_reasons varchar(5000) not null,
  status varchar(30) not null,
  team_id uuid references team (id),
  worker_user_id uuid references user_account (id),
  routed_at timestamp with time zone not null,
  allocated_at timestamp with time zone,
  allocated_by_user_id uuid references user_account (id),
  council_reference varchar(60),
  other_authority varchar(200),
  closed_at timestamp with time zone,
  close_reason varchar(2000),
  reopened_at timestamp with time zone,
  version bigint not null
);

create index child_case_child_idx on child_case (child_id);
create index child_case_team_idx on child_case (team_id, status);
create index child_case_worker_idx on child_case (worker_user_id, status);

create table case_event (
  id uuid primary key,
  case_id uuid not null references child_case (id),
  child_id uuid not null references child (id),
  happened_at timestamp with time zone not null,
  kind varchar(30) not null,
  by_user_id uuid references user_account (id),
  agency_name varchar(200) not null,
  detail varchar(2000)
);

create index case_event_child_idx on case_event (child_id, happened_at);

-- When each person last looked at their caseload, for "what is new on your children".
create table caseload_seen (
  user_id uuid primary key references user_account (id),
  seen_at timestamp with time zone not null
);

-- Who else works with the child: a person with an account, or an agency contact.
create table network_member (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  network_role varchar(40) not null,
  user_id uuid references user_account (id),
  contact_name varchar(200) not null,
  agency_name varchar(200) not null,
  phone varchar(40),
  email varchar(200),
  added_at timestamp with time zone not null,
  added_by_user_id uuid not null references user_account (id),
  ended_at timestamp with time zone,
  ended_by_user_id uuid references user_account (id),
  version bigint not null
);

create index network_member_child_idx on network_member (child_id);
create index network_member_user_idx on network_member (user_id);

-- A phone referral from someone without a Lantern account (referral, issue 13 item 6): who they
-- are to the child, and their agency (free text) if any. Only professionals owe written
-- confirmation; the others' concerns have no confirmation clock.
alter table concern alter column referrer_agency_id drop not null;
alter table concern add column referrer_kind varchar(30);
alter table concern add column referrer_relationship varchar(200);
alter table concern add column referrer_agency_name varchar(200);
