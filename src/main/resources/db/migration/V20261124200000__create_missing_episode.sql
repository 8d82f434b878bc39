-- A child's missing episode as the police notified it, with the return interview that follows.
create table missing_episode (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  district_id uuid references district (id),
  police_reference varchar(40) not null,
  missing_from varchar(30) not null,
  missing_at timestamp with time zone not null,
  missing_location varchar(300),
  returned_at timestamp with time zone,
  returned_location varchar(300),
  found_with varchar(300),
  risk_grading varchar(20) not null,
  recorded_by_user_id uuid references user_account (id),
  recorded_by_agency_id uuid not null references agency (id),
  source_system varchar(100),
  recorded_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  interview_status varchar(20) not null,
  interview_offered_at timestamp with time zone,
  interview_completed_at timestamp with time zone,
  interviewed_by_user_id uuid references user_account (id),
  interviewed_by_name varchar(200),
  interview_people varchar(2000),
  interview_places varchar(2000),
  interview_notes varchar(10000),
  version bigint not null,
  constraint missing_episode_reference_unique unique (partnership_id, police_reference)
);

create index missing_episode_child_idx on missing_episode (child_id, missing_at);
create index missing_episode_partnership_idx on missing_episode (partnership_id, missing_at);
create index missing_episode_queue_idx on missing_episode (partnership_id, interview_status);

create table missing_episode_factor (
  episode_id uuid not null references missing_episode (id),
  factor varchar(60) not null,
  constraint missing_episode_factor_pk primary key (episode_id, factor)
);
