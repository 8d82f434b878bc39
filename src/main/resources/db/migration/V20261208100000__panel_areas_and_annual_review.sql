-- A panel covers an area of one or more districts (seed 002 ¶72: four panels for eight districts),
-- and each district's figures are still discussed (¶73). The panel is the area: it has a name and
-- its districts, and a district belongs to one area at most. Today's one-district panels become
-- one-district areas named after their district.
alter table panel add column name varchar(200);
update panel set name = (select d.name from district d where d.id = panel.district_id);
alter table panel alter column name set not null;

create table panel_district (
  panel_id uuid not null references panel (id),
  district_id uuid not null references district (id),
  constraint panel_district_pk primary key (panel_id, district_id),
  constraint panel_district_once unique (district_id)
);

insert into panel_district (panel_id, district_id) select id, district_id from panel;

-- A meeting is the whole area's; each child presented is counted in the district they lived in when
-- presented (for a one-district panel, the panel's district).
alter table panel_presentation add column district_id uuid;
alter table panel_presentation
  add constraint panel_presentation_district_fk foreign key (district_id) references district (id);
update panel_presentation set district_id =
  (select pm.district_id from panel_meeting pm where pm.id = panel_presentation.meeting_id);

alter table panel drop constraint panel_district_unique;
alter table panel drop column district_id;
alter table panel_meeting drop column district_id;

-- A panel's annual review (¶73, ¶74, ¶81): when, what partners said, what was recommended and what
-- the multi-agency group agreed.
create table panel_annual_review (
  id uuid primary key,
  panel_id uuid not null references panel (id),
  partnership_id uuid not null references partnership (id),
  reviewed_on date not null,
  feedback varchar(4000) not null,
  recommendations varchar(4000) not null,
  agreed varchar(4000) not null,
  recorded_by_user_id uuid not null references user_account (id),
  recorded_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null
);

create index panel_annual_review_panel_idx on panel_annual_review (panel_id, reviewed_on);
