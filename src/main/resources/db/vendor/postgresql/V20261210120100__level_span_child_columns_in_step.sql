-- A child's district, sex and date of birth on their level spans follow the child's record in the
-- transaction that changes it, whatever changes it (Lantern's pages do not today; a correction by
-- hand or a future edit would), so a report never counts a child by a value the record no longer has.
create function risk_level_span_child_columns() returns trigger as $$
begin
  update risk_level_span
    set district_id = new.district_id, sex = new.sex, date_of_birth = new.date_of_birth
    where child_id = new.id;
  return null;
end;
$$ language plpgsql;

create trigger child_level_span_columns
  after update of district_id, sex, date_of_birth on child
  for each row
  when (old.district_id is distinct from new.district_id or old.sex is distinct from new.sex
    or old.date_of_birth is distinct from new.date_of_birth)
  execute function risk_level_span_child_columns();

-- The children section reads these two indexes alone (index-only scans), never the tables: the
-- spans that overlap a period with every column it groups by, and each child's placement on a day.
drop index risk_level_span_period_idx;
create index risk_level_span_period_idx on risk_level_span (partnership_id, to_at, from_at)
  include (child_id, risk_level, first_at, district_id, sex, date_of_birth);
create index child_placement_on_day_idx on child_placement (child_id, started_on)
  include (ended_on, placement_type, responsibility);
