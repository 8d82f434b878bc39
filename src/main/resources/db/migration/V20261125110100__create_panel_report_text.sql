-- What the coordinator writes on a round's report card: locality information (hotspots, themes and
-- trends), good practice, and issues for strategic oversight. One row per held meeting.
create table panel_report_text (
  meeting_id uuid primary key,
  partnership_id uuid not null references partnership (id),
  locality varchar(4000),
  good_practice varchar(4000),
  strategic_issues varchar(4000),
  updated_by uuid not null references user_account (id),
  updated_at timestamp with time zone not null,
  version bigint not null
);
