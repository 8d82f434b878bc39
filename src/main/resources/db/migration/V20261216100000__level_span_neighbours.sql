-- Each level span carries its neighbours among the child's spans (docs/reports.md): when the span
-- before it ended (previous_to_at; null for the child's first span) and when the span after it
-- started (next_from_at; null for the latest). A child's spans never overlap one another, so a span
-- that overlaps a period is the child's only one overlapping it when neither neighbour does, which
-- the row alone tells: the period data report counts those children straight from their span and
-- groups by child only the few with more than one span in the period. Written with the spans by
-- risk.LevelSpans, which always rebuilds all of a child's spans together; filled here for the
-- spans already held.
alter table risk_level_span add column previous_to_at timestamp with time zone;
alter table risk_level_span add column next_from_at timestamp with time zone;
update risk_level_span set
  previous_to_at = (select b.to_at from risk_level_span b
    where b.child_id = risk_level_span.child_id and b.from_at < risk_level_span.from_at
    order by b.from_at desc fetch first 1 row only),
  next_from_at = (select min(a.from_at) from risk_level_span a
    where a.child_id = risk_level_span.child_id and a.from_at > risk_level_span.from_at);
