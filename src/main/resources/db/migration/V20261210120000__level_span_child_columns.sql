-- The period data report groups the children at risk in a period by district, sex and age: each
-- level span carries the child's three (docs/reports.md), copied from the child when risk.LevelSpans
-- builds the spans and kept in step when the child's are changed (a trigger: db/vendor), so the
-- count reads only the spans that overlap the period and never the million-row child table.
alter table risk_level_span add column district_id uuid;
alter table risk_level_span add column sex varchar(20);
alter table risk_level_span add column date_of_birth date;
update risk_level_span set
  district_id = (select c.district_id from child c where c.id = risk_level_span.child_id),
  sex = (select c.sex from child c where c.id = risk_level_span.child_id),
  date_of_birth = (select c.date_of_birth from child c where c.id = risk_level_span.child_id);
alter table risk_level_span alter column sex set not null;
