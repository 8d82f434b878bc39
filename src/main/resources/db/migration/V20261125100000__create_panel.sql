-- District multi-agency exploitation panels: one per district, its chair and member agencies, its
-- meetings with agenda, attendance, presentations of children, actions, approved minutes and their
-- amendments; partners' direct referrals through the coordinator; escalations to a county manager.
create table panel (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  district_id uuid not null references district (id),
  chair_user_id uuid references user_account (id),
  interval_months integer not null,
  next_meeting_on date,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null,
  constraint panel_district_unique unique (district_id)
);

create table panel_member_agency (
  panel_id uuid not null references panel (id),
  agency_id uuid not null references agency (id),
  constraint panel_member_agency_pk primary key (panel_id, agency_id)
);

-- The partnership's county managers: senior council managers who review escalated children.
create table panel_county_manager (
  partnership_id uuid not null references partnership (id),
  user_id uuid not null references user_account (id),
  constraint panel_county_manager_pk primary key (partnership_id, user_id)
);

create table panel_meeting (
  id uuid primary key,
  panel_id uuid not null references panel (id),
  partnership_id uuid not null references partnership (id),
  district_id uuid not null references district (id),
  meeting_on date not null,
  status varchar(20) not null,
  agenda_agreed_at timestamp with time zone,
  held_at timestamp with time zone,
  approved_by_user_id uuid references user_account (id),
  approved_at timestamp with time zone,
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null,
  constraint panel_meeting_date_unique unique (panel_id, meeting_on)
);

create index panel_meeting_partnership_idx on panel_meeting (partnership_id, meeting_on);

create table panel_agenda_item (
  id uuid primary key,
  meeting_id uuid not null references panel_meeting (id),
  child_id uuid not null references child (id),
  reason varchar(30) not null,
  detail varchar(500),
  added_by_user_id uuid references user_account (id),
  added_at timestamp with time zone not null,
  removed_by_user_id uuid references user_account (id),
  removed_at timestamp with time zone,
  removed_reason varchar(500),
  constraint panel_agenda_item_child_unique unique (meeting_id, child_id)
);

create index panel_agenda_item_child_idx on panel_agenda_item (child_id);

create table panel_attendance (
  meeting_id uuid not null references panel_meeting (id),
  agency_id uuid not null references agency (id),
  attended boolean not null,
  names varchar(500),
  constraint panel_attendance_pk primary key (meeting_id, agency_id)
);

create table panel_presentation (
  id uuid primary key,
  meeting_id uuid not null references panel_meeting (id),
  child_id uuid not null references child (id),
  level varchar(20) not null,
  previous_level varchar(20),
  discussion varchar(10000),
  decision varchar(20) not null,
  recorded_by_user_id uuid not null references user_account (id),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null,
  constraint panel_presentation_child_unique unique (meeting_id, child_id)
);

create index panel_presentation_child_idx on panel_presentation (child_id);

create table panel_action (
  id uuid primary key,
  presentation_id uuid not null references panel_presentation (id),
  meeting_id uuid not null references panel_meeting (id),
  child_id uuid not null references child (id),
  description varchar(2000) not null,
  owner_user_id uuid references user_account (id),
  owner_name varchar(200),
  agency_id uuid references agency (id),
  due_on date not null,
  status varchar(20) not null,
  status_changed_at timestamp with time zone,
  created_at timestamp with time zone not null,
  version bigint not null
);

create index panel_action_owner_idx on panel_action (owner_user_id, status);
create index panel_action_child_idx on panel_action (child_id);

create table panel_minutes_amendment (
  id uuid primary key,
  meeting_id uuid not null references panel_meeting (id),
  child_id uuid references child (id),
  amended_by_user_id uuid not null references user_account (id),
  amended_at timestamp with time zone not null,
  reason varchar(2000) not null,
  changes varchar(4000) not null
);

create index panel_minutes_amendment_meeting_idx on panel_minutes_amendment (meeting_id);

create table panel_referral (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  district_id uuid not null references district (id),
  child_id uuid not null references child (id),
  referring_agency_id uuid not null references agency (id),
  referrer_name varchar(200) not null,
  reason varchar(2000) not null,
  recorded_by_user_id uuid not null references user_account (id),
  recorded_at timestamp with time zone not null,
  meeting_id uuid references panel_meeting (id)
);

create index panel_referral_district_idx on panel_referral (district_id, meeting_id);

create table panel_escalation (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  district_id uuid not null references district (id),
  child_id uuid not null references child (id),
  first_presentation_id uuid not null references panel_presentation (id),
  second_presentation_id uuid not null references panel_presentation (id),
  third_presentation_id uuid not null references panel_presentation (id),
  opened_at timestamp with time zone not null,
  decision varchar(2000),
  decided_by_user_id uuid references user_account (id),
  decided_at timestamp with time zone,
  version bigint not null,
  constraint panel_escalation_third_unique unique (third_presentation_id)
);

create index panel_escalation_partnership_idx on panel_escalation (partnership_id, decided_at);
