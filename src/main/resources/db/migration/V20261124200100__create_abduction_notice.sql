-- Adults known to the intelligence module, the children they are linked to, and the child
-- abduction warning notices served on them.
create table adult_person (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  given_name varchar(100) not null,
  family_name varchar(100) not null,
  date_of_birth date,
  match_key varchar(300) not null,
  created_at timestamp with time zone not null
);

create index adult_person_match_idx on adult_person (partnership_id, match_key);

create table adult_child_link (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  adult_id uuid not null references adult_person (id),
  child_id uuid not null references child (id),
  source varchar(30) not null,
  source_id uuid not null,
  created_at timestamp with time zone not null,
  constraint adult_child_link_unique unique (adult_id, child_id, source, source_id)
);

create index adult_child_link_child_idx on adult_child_link (child_id);

create table abduction_notice (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  adult_id uuid not null references adult_person (id),
  served_on date not null,
  expires_on date not null,
  officer_name varchar(200) not null,
  circumstances varchar(5000) not null,
  served_by_user_id uuid references user_account (id),
  recorded_at timestamp with time zone not null,
  version bigint not null
);

create index abduction_notice_partnership_idx on abduction_notice (partnership_id, served_on);
create index abduction_notice_adult_idx on abduction_notice (adult_id);

create table abduction_notice_child (
  notice_id uuid not null references abduction_notice (id),
  child_id uuid not null references child (id),
  constraint abduction_notice_child_pk primary key (notice_id, child_id)
);

create index abduction_notice_child_idx on abduction_notice_child (child_id);
