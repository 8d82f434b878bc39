-- The period data report needs each child at risk's placement on the period's last day. Rather than
-- join every child at risk to the placement history (a million placements hashed for each report),
-- each level span carries the child's placement history in brief (docs/reports.md): the child's
-- latest placement (the one that started last: its start, end, type and responsibility) and when the
-- child's other placements had all ended (other_placements_to; 9999-12-31 while one is open; null
-- when there is no other). On a day when the others had all ended, the placement in force is the
-- latest one or none, read from the span alone; on any other day the report reads the history.
-- Copied when risk.LevelSpans builds the spans, kept in step with child_placement by a trigger
-- (db/vendor), so the spans never disagree with the placements, whatever changes them.
alter table risk_level_span add column placement_from date;
alter table risk_level_span add column placement_to date;
alter table risk_level_span add column placement_type varchar(40);
alter table risk_level_span add column placement_responsibility varchar(40);
alter table risk_level_span add column other_placements_to date;
update risk_level_span set
  placement_from = (select p.started_on from child_placement p
    where p.child_id = risk_level_span.child_id
    order by p.started_on desc, p.id desc fetch first 1 row only),
  placement_to = (select p.ended_on from child_placement p
    where p.child_id = risk_level_span.child_id
    order by p.started_on desc, p.id desc fetch first 1 row only),
  placement_type = (select p.placement_type from child_placement p
    where p.child_id = risk_level_span.child_id
    order by p.started_on desc, p.id desc fetch first 1 row only),
  placement_responsibility = (select p.responsibility from child_placement p
    where p.child_id = risk_level_span.child_id
    order by p.started_on desc, p.id desc fetch first 1 row only),
  other_placements_to = (select max(coalesce(o.ended_on, date '9999-12-31')) from child_placement o
    where o.child_id = risk_level_span.child_id
      and o.id <> (select p.id from child_placement p where p.child_id = risk_level_span.child_id
        order by p.started_on desc, p.id desc fetch first 1 row only));
