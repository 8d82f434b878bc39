-- A concern (referral) about a child, from its submission to the front door's threshold decision.
create table concern (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  reference varchar(20) not null,
  child_id uuid not null references child (id),
  channel varchar(20) not null,
  referrer_user_id uuid references user_account (id),
  referrer_agency_id uuid not null references agency (id),
  referrer_name varchar(200) not null,
  referrer_contact varchar(300),
  recorded_by_user_id uuid references user_account (id),
  what_happened varchar(10000) not null,
  occurred_on date,
  location varchar(500),
  immediate_danger boolean not null,
  submitted_at timestamp with time zone not null,
  confirmation_due_at timestamp with time zone,
  confirmed_at timestamp with time zone,
  confirmed_by_user_id uuid references user_account (id),
  written_account varchar(10000),
  status varchar(20) not null,
  decision varchar(40),
  decision_reasons varchar(5000),
  decided_by_user_id uuid references user_account (id),
  decided_at timestamp with time zone,
  source_system varchar(100),
  source_id varchar(200),
  payload_hash varchar(64),
  submission_token varchar(64),
  version bigint not null,
  constraint concern_reference_unique unique (reference),
  constraint concern_source_unique unique (source_system, source_id),
  constraint concern_submission_token_unique unique (submission_token)
);

create index concern_child_idx on concern (child_id, submitted_at);
create index concern_queue_idx on concern (partnership_id, status, submitted_at);
create index concern_referrer_idx on concern (referrer_user_id, submitted_at);

create table concern_indicator (
  concern_id uuid not null references concern (id),
  indicator varchar(40) not null,
  constraint concern_indicator_pk primary key (concern_id, indicator)
);
