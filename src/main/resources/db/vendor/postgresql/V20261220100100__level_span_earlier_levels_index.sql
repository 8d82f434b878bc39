-- The children section reads the spans by index-only scans, one row a child: the index carries the
-- earlier levels' ends and no longer the end of the span before (which the section no longer reads).
drop index risk_level_span_period_idx;
create index risk_level_span_period_idx on risk_level_span (partnership_id, to_at, from_at)
  include (child_id, risk_level, first_at, next_from_at, previous_high_to_at,
    previous_medium_to_at, district_id, sex, date_of_birth, placement_from, placement_to,
    placement_type, placement_responsibility, other_placements_to);
