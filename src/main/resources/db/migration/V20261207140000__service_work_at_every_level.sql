-- The commissioned exploitation and missing service at every level (seed 002 ¶28, ¶107, ¶108): a
-- signed-off screening at low, medium or high refers the child; the service accepts (allocating a
-- worker of one of its teams, with the support type) or declines with a reason, and closes the work
-- with an outcome. A child whose level changes while referred is re-referred: the same referral,
-- its levels kept as history.
alter table service_referral add column decided_by_user_id uuid references user_account (id);
alter table service_referral add column declined_at timestamp with time zone;
alter table service_referral add column decline_reason varchar(2000);
alter table service_referral add column team_id uuid references team (id);
alter table service_referral add column worker_user_id uuid references user_account (id);
alter table service_referral add column support_type varchar(30);
alter table service_referral add column closed_at timestamp with time zone;
alter table service_referral add column outcome varchar(30);
alter table service_referral add column outcome_note varchar(2000);
alter table service_referral add column level_changed_at timestamp with time zone;

update service_referral set decided_by_user_id = accepted_by_user_id,
  worker_user_id = accepted_by_user_id where accepted_by_user_id is not null;

-- Each level the child was referred at, oldest first; the first is the referral itself.
create table service_referral_level (
  id uuid primary key,
  referral_id uuid not null references service_referral (id),
  screening_id uuid not null references screening (id),
  risk_level varchar(20) not null,
  referred_at timestamp with time zone not null
);
create index service_referral_level_idx on service_referral_level (referral_id);
insert into service_referral_level (id, referral_id, screening_id, risk_level, referred_at)
  select id, id, screening_id, risk_level, referred_at from service_referral;

-- The service's teams and the districts each covers (a district is covered by one team).
create table service_team (
  team_id uuid primary key references team (id),
  partnership_id uuid not null references partnership (id)
);
create table service_team_district (
  team_id uuid not null references service_team (team_id),
  district_id uuid not null references district (id),
  primary key (team_id, district_id),
  constraint service_team_district_once unique (district_id)
);
