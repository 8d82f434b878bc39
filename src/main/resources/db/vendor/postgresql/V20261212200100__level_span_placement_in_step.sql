-- A child's placement history in brief on their level spans (see db/migration V20261212200000)
-- follows child_placement in the statement that changes it: a placement recorded, ended, corrected,
-- removed, or moved to another child when two records are joined.
create function risk_level_span_placement(of_child uuid) returns void as $$
  update risk_level_span set
    placement_from = l.started_on, placement_to = l.ended_on,
    placement_type = l.placement_type, placement_responsibility = l.responsibility,
    other_placements_to = (select max(coalesce(o.ended_on, date '9999-12-31'))
      from child_placement o where o.child_id = of_child and o.id <> l.id)
  from (select 1 as one) x
  left join (select p.id, p.started_on, p.ended_on, p.placement_type, p.responsibility
    from child_placement p where p.child_id = of_child
    order by p.started_on desc, p.id desc limit 1) l on true
  where risk_level_span.child_id = of_child;
$$ language sql;

create function risk_level_span_placement_columns() returns trigger as $$
begin
  if tg_op <> 'DELETE' then
    perform risk_level_span_placement(new.child_id);
  end if;
  if tg_op = 'DELETE' or (tg_op = 'UPDATE' and old.child_id <> new.child_id) then
    perform risk_level_span_placement(old.child_id);
  end if;
  return null;
end;
$$ language plpgsql;

create trigger child_placement_level_span_columns
  after insert or update or delete on child_placement
  for each row execute function risk_level_span_placement_columns();

-- The children section reads the spans by an index-only scan: the index carries the placement too.
drop index risk_level_span_period_idx;
create index risk_level_span_period_idx on risk_level_span (partnership_id, to_at, from_at)
  include (child_id, risk_level, first_at, district_id, sex, date_of_birth, placement_from,
    placement_to, placement_type, placement_responsibility, other_placements_to);
