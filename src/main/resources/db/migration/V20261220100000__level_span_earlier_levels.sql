-- Each level span carries when the child's latest earlier span at high ended (previous_high_to_at)
-- and when the latest earlier span at medium or high ended (previous_medium_to_at); null when the
-- child has no such span before this one (docs/reports.md). A child's spans in a period are the
-- last one that starts in it (or before it) and those before it that end after the period begins,
-- so the highest level in force in the period is read from that last span alone: high when it is
-- high or the earlier high span ended after the period began, else medium likewise, else low. The
-- period data report then counts each child at risk from exactly one row, with no group by child.
-- Written with the spans by risk.LevelSpans, which always rebuilds all of a child's spans together;
-- filled here for the spans already held.
alter table risk_level_span add column previous_high_to_at timestamp with time zone;
alter table risk_level_span add column previous_medium_to_at timestamp with time zone;
update risk_level_span set
  previous_high_to_at = (select max(b.to_at) from risk_level_span b
    where b.child_id = risk_level_span.child_id and b.from_at < risk_level_span.from_at
      and b.risk_level = 'HIGH'),
  previous_medium_to_at = (select max(b.to_at) from risk_level_span b
    where b.child_id = risk_level_span.child_id and b.from_at < risk_level_span.from_at
      and b.risk_level in ('MEDIUM', 'HIGH'))
where exists (select 1 from risk_level_span b
  where b.child_id = risk_level_span.child_id and b.from_at < risk_level_span.from_at
    and b.risk_level in ('MEDIUM', 'HIGH'));
