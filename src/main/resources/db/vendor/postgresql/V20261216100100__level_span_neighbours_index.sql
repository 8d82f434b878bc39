-- The children section reads the spans by index-only scans: the index carries the neighbours too.
drop index risk_level_span_period_idx;
create index risk_level_span_period_idx on risk_level_span (partnership_id, to_at, from_at)
  include (child_id, risk_level, first_at, previous_to_at, next_from_at, district_id, sex,
    date_of_birth, placement_from, placement_to, placement_type, placement_responsibility,
    other_placements_to);
