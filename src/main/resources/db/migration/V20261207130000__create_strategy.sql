-- Strategy (issue 15 items 1-3): strategy discussions and risk-management meetings about one child
-- or several siblings together, who was invited and who took part (by agency), the decision and
-- its actions; child protection conferences and the plans they make.
create table strategy_meeting (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  kind varchar(30) not null,
  concern_id uuid,
  started_from timestamp with time zone not null,
  due_on date not null,
  started_by_user_id uuid not null references user_account (id),
  started_at timestamp with time zone not null,
  held_at timestamp with time zone,
  known varchar(5000),
  decision varchar(50),
  reasons varchar(5000),
  conference_due_on date,
  next_review_on date,
  recorded_by_user_id uuid references user_account (id),
  recorded_by_agency_id uuid references agency (id),
  version bigint not null
);

create index strategy_meeting_started_by_idx on strategy_meeting (started_by_user_id);

create table strategy_meeting_child (
  meeting_id uuid not null references strategy_meeting (id),
  child_id uuid not null references child (id),
  primary key (meeting_id, child_id)
);

create index strategy_meeting_child_idx on strategy_meeting_child (child_id);

create table strategy_participant (
  meeting_id uuid not null references strategy_meeting (id),
  user_id uuid not null references user_account (id),
  agency_id uuid not null references agency (id),
  agency_kind varchar(30) not null,
  attended boolean not null,
  primary key (meeting_id, user_id)
);

create index strategy_participant_user_idx on strategy_participant (user_id);

create table strategy_action (
  meeting_id uuid not null references strategy_meeting (id),
  position integer not null,
  description varchar(2000) not null,
  owner_user_id uuid not null references user_account (id),
  due_on date not null,
  done_on date,
  primary key (meeting_id, position)
);

create index strategy_action_owner_idx on strategy_action (owner_user_id);

create table child_protection_conference (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  kind varchar(20) not null,
  discussion_id uuid references strategy_meeting (id),
  held_on date not null,
  social_worker_user_id uuid not null references user_account (id),
  plan boolean not null,
  category varchar(20),
  notes varchar(5000),
  recorded_by_user_id uuid not null references user_account (id),
  recorded_by_agency_id uuid not null references agency (id),
  recorded_at timestamp with time zone not null,
  version bigint not null
);

create index child_protection_conference_child_idx on child_protection_conference (child_id, held_on);

create table child_protection_plan (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  category varchar(20) not null,
  started_on date not null,
  ended_on date,
  lead_social_worker_user_id uuid not null references user_account (id),
  last_conference_on date not null,
  next_review_on date not null,
  version bigint not null
);

create index child_protection_plan_child_idx on child_protection_plan (child_id);
create index child_protection_plan_worker_idx on child_protection_plan (lead_social_worker_user_id);
