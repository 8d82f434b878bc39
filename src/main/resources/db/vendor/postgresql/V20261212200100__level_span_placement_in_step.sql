-- A child's placement history in brief on their level spans (see db/migration V20261212200000)
-- follows child_placement in the statement that changes it: a placement recorded, ended, corrected,
-- removed, or moved to another child when two records are joined. Statement triggers with the
-- changed rows as tables, so a statement that writes many placements updates the spans once.
create function risk_level_span_placement(children uuid[]) returns void as $$
  update risk_level_span s set
    placement_from = b.started_on, placement_to = b.ended_on,
    placement_type = b.placement_type, placement_responsibility = b.responsibility,
    other_placements_to = b.others_to
  from (
    select a.child_id, l.started_on, l.ended_on, l.placement_type, l.responsibility,
      (select max(coalesce(o.ended_on, date '9999-12-31')) from child_placement o
        where o.child_id = a.child_id and o.id <> l.id) as others_to
    from (select distinct u.child_id from unnest(children) u (child_id)
      where exists (select 1 from risk_level_span x where x.child_id = u.child_id)) a
    left join lateral (
      select p.id, p.started_on, p.ended_on, p.placement_type, p.responsibility
      from child_placement p where p.child_id = a.child_id
      order by p.started_on desc, p.id desc limit 1) l on true
  ) b
  where s.child_id = b.child_id;
$$ language sql;

create function risk_level_span_placement_added() returns trigger as $$
begin
  perform risk_level_span_placement(array(select child_id from added));
  return null;
end;
$$ language plpgsql;

create function risk_level_span_placement_changed() returns trigger as $$
begin
  perform risk_level_span_placement(
    array(select child_id from added union select child_id from removed));
  return null;
end;
$$ language plpgsql;

create function risk_level_span_placement_removed() returns trigger as $$
begin
  perform risk_level_span_placement(array(select child_id from removed));
  return null;
end;
$$ language plpgsql;

create trigger child_placement_level_span_added after insert on child_placement
  referencing new table as added
  for each statement execute function risk_level_span_placement_added();
create trigger child_placement_level_span_changed after update on child_placement
  referencing new table as added old table as removed
  for each statement execute function risk_level_span_placement_changed();
create trigger child_placement_level_span_removed after delete on child_placement
  referencing old table as removed
  for each statement execute function risk_level_span_placement_removed();

-- The children section reads the spans by an index-only scan: the index carries the placement too.
drop index risk_level_span_period_idx;
create index risk_level_span_period_idx on risk_level_span (partnership_id, to_at, from_at)
  include (child_id, risk_level, first_at, district_id, sex, date_of_birth, placement_from,
    placement_to, placement_type, placement_responsibility, other_placements_to);
