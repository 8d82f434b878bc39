-- Screening tools: a partnership's definitions (text), each publication a new, unchanging version.
create table screening_tool (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  tool_key varchar(100) not null,
  created_at timestamp with time zone not null,
  constraint screening_tool_key_unique unique (partnership_id, tool_key)
);

create table screening_tool_version (
  id uuid primary key,
  tool_id uuid not null references screening_tool (id),
  number integer not null,
  name varchar(200) not null,
  example boolean not null,
  source varchar(200000) not null,
  published_at timestamp with time zone not null,
  published_by_user_id uuid not null references user_account (id),
  constraint screening_tool_version_unique unique (tool_id, number)
);

-- A screening of a child on one tool version: a draft, then submitted, signed off or returned.
create table screening (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  tool_version_id uuid not null references screening_tool_version (id),
  status varchar(20) not null,
  author_user_id uuid not null references user_account (id),
  team_id uuid references team (id),
  started_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  submitted_at timestamp with time zone,
  score integer,
  computed_level varchar(20),
  judged_level varchar(20),
  judgement_reason varchar(5000),
  risk_level varchar(20),
  review_due_on date,
  signed_off_by_user_id uuid references user_account (id),
  signed_off_at timestamp with time zone,
  returned_by_user_id uuid references user_account (id),
  returned_at timestamp with time zone,
  return_comments varchar(5000),
  version bigint not null
);

create index screening_child_idx on screening (child_id, submitted_at);
create index screening_partnership_idx on screening (partnership_id, status);
create index screening_author_idx on screening (author_user_id);

-- One answer per item: an indicator's YES / NO / NOT_KNOWN, or the child's own words.
create table screening_answer (
  screening_id uuid not null references screening (id),
  item_id varchar(100) not null,
  answer varchar(10000) not null,
  primary key (screening_id, item_id)
);

-- Medium and high screenings refer into the commissioned exploitation and missing service.
create table service_referral (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  screening_id uuid not null references screening (id),
  risk_level varchar(20) not null,
  status varchar(20) not null,
  referred_at timestamp with time zone not null,
  accepted_by_user_id uuid references user_account (id),
  accepted_at timestamp with time zone,
  version bigint not null
);

create index service_referral_queue_idx on service_referral (partnership_id, status);
create index service_referral_child_idx on service_referral (child_id);
