-- The outcomes framework: indicators defined as data, each change a new version from a quarter on,
-- so a quarter is always read with the definition it was reported under.
create table scrutiny_indicator (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  key_indicator boolean not null,
  created_at timestamp with time zone not null,
  version bigint not null
);

create index scrutiny_indicator_partnership_idx on scrutiny_indicator (partnership_id);

create table scrutiny_indicator_version (
  id uuid primary key,
  indicator_id uuid not null references scrutiny_indicator (id),
  from_quarter varchar(7) not null,
  name varchar(200) not null,
  definition varchar(2000) not null,
  unit varchar(20) not null,
  direction varchar(20) not null,
  target numeric(14, 2),
  green_at numeric(14, 2) not null,
  amber_at numeric(14, 2) not null,
  min_value numeric(14, 2),
  max_value numeric(14, 2),
  source varchar(10) not null,
  measure varchar(100),
  agency_id uuid references agency (id),
  defined_by_user_id uuid not null references user_account (id),
  defined_at timestamp with time zone not null,
  constraint scrutiny_indicator_version_from_unique unique (indicator_id, from_quarter)
);

-- An agency's figure for a quarter, against the version in force for that quarter.
create table scrutiny_indicator_return (
  id uuid primary key,
  indicator_id uuid not null references scrutiny_indicator (id),
  version_id uuid not null references scrutiny_indicator_version (id),
  quarter varchar(7) not null,
  figure numeric(14, 2) not null,
  comment varchar(2000),
  agency_id uuid not null references agency (id),
  entered_by_user_id uuid not null references user_account (id),
  entered_by_name varchar(200) not null,
  entered_at timestamp with time zone not null,
  constraint scrutiny_indicator_return_once unique (indicator_id, quarter)
);

-- A quarter the strategic lead closed: no return is taken for it any more.
create table scrutiny_quarter_closed (
  partnership_id uuid not null references partnership (id),
  quarter varchar(7) not null,
  closed_at timestamp with time zone not null,
  closed_by_user_id uuid not null references user_account (id),
  constraint scrutiny_quarter_closed_pk primary key (partnership_id, quarter)
);

-- The scrutiny committee, its members (councillors) and named officers.
create table scrutiny_committee (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  name varchar(200) not null,
  created_at timestamp with time zone not null
);

create table scrutiny_committee_member (
  committee_id uuid not null references scrutiny_committee (id),
  user_id uuid not null references user_account (id),
  kind varchar(10) not null,
  constraint scrutiny_committee_member_pk primary key (committee_id, user_id)
);

create table scrutiny_meeting (
  id uuid primary key,
  committee_id uuid not null references scrutiny_committee (id),
  meets_on date not null,
  starts_at time not null,
  place varchar(300) not null,
  version bigint not null
);

create index scrutiny_meeting_committee_idx on scrutiny_meeting (committee_id, meets_on);

-- An item of the work programme: on a meeting, or suggested and not yet scheduled.
create table scrutiny_item (
  id uuid primary key,
  committee_id uuid not null references scrutiny_committee (id),
  meeting_id uuid references scrutiny_meeting (id),
  due_on date,
  title varchar(300) not null,
  details varchar(4000),
  action_outcome varchar(4000),
  cabinet_member varchar(200),
  lead_officer varchar(200),
  exempt boolean not null,
  recurs_months integer,
  series_id uuid not null,
  created_at timestamp with time zone not null,
  version bigint not null
);

create index scrutiny_item_committee_idx on scrutiny_item (committee_id, meeting_id);

create table scrutiny_item_change (
  id uuid primary key,
  item_id uuid not null references scrutiny_item (id),
  changed_at timestamp with time zone not null,
  changed_by_user_id uuid not null references user_account (id),
  changed_by_name varchar(200) not null,
  described varchar(8000) not null
);

create index scrutiny_item_change_item_idx on scrutiny_item_change (item_id, changed_at);

-- A committee pack for a meeting: each version its own row; a published version is frozen.
create table scrutiny_pack (
  id uuid primary key,
  meeting_id uuid not null references scrutiny_meeting (id),
  number integer not null,
  audience varchar(10) not null,
  title varchar(300) not null,
  covering_report varchar(20000) not null,
  sections varchar(500) not null,
  html varchar(1000000) not null,
  status varchar(10) not null,
  created_at timestamp with time zone not null,
  created_by_name varchar(200) not null,
  published_at timestamp with time zone,
  published_by_name varchar(200),
  constraint scrutiny_pack_number_unique unique (meeting_id, number)
);
