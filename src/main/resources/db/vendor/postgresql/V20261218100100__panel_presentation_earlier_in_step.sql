-- Each presentation's earlier_decision and earlier_approved_at (see db/migration V20261218100000)
-- follow what they are taken from, in the statement that changes it: a presentation recorded,
-- amended (its decision), moved to another meeting or child, or removed; a meeting's minutes
-- approved, or its status, approval time or date changed. The child's presentations are worked out
-- again from scratch, so the order of events does not matter (minutes approved out of date order,
-- amended after approval). Statement triggers with the changed rows as tables, so a statement that
-- writes many presentations updates them once. Only rows whose values differ are written; the
-- update of those two columns changes none of the columns watched, so it triggers nothing further.
create function panel_presentation_earlier(children uuid[]) returns void as $$
  update panel_presentation p set
    earlier_decision = e.decision, earlier_approved_at = e.approved_at
  from (
    select pp.id, b.decision, b.approved_at
    from panel_presentation pp
    join panel_meeting pm on pm.id = pp.meeting_id
    left join lateral (
      select p2.decision, m2.approved_at
      from panel_presentation p2
      join panel_meeting m2 on m2.id = p2.meeting_id
      where p2.child_id = pp.child_id and m2.status = 'MINUTES_APPROVED'
        and m2.approved_at is not null
        and (m2.meeting_on < pm.meeting_on or (m2.meeting_on = pm.meeting_on and p2.id < pp.id))
      order by m2.meeting_on desc, p2.id desc limit 1) b on true
    where pp.child_id = any(children)
  ) e
  where p.id = e.id
    and (p.earlier_decision is distinct from e.decision
      or p.earlier_approved_at is distinct from e.approved_at);
$$ language sql;

create function panel_presentation_earlier_added() returns trigger as $$
declare
  children uuid[] := array(select distinct child_id from added);
begin
  if cardinality(children) > 0 then
    perform panel_presentation_earlier(children);
  end if;
  return null;
end;
$$ language plpgsql;

create function panel_presentation_earlier_changed() returns trigger as $$
declare
  children uuid[] := array(
    select a.child_id from added a join removed r on r.id = a.id
    where a.decision is distinct from r.decision or a.meeting_id is distinct from r.meeting_id
      or a.child_id is distinct from r.child_id
    union
    select r.child_id from added a join removed r on r.id = a.id
    where a.decision is distinct from r.decision or a.meeting_id is distinct from r.meeting_id
      or a.child_id is distinct from r.child_id);
begin
  if cardinality(children) > 0 then
    perform panel_presentation_earlier(children);
  end if;
  return null;
end;
$$ language plpgsql;

create function panel_presentation_earlier_removed() returns trigger as $$
declare
  children uuid[] := array(select distinct child_id from removed);
begin
  if cardinality(children) > 0 then
    perform panel_presentation_earlier(children);
  end if;
  return null;
end;
$$ language plpgsql;

create function panel_meeting_presentations_earlier() returns trigger as $$
declare
  children uuid[] := array(
    select distinct p.child_id from panel_presentation p
    where p.meeting_id in (
      select a.id from added a join removed r on r.id = a.id
      where a.status is distinct from r.status or a.approved_at is distinct from r.approved_at
        or a.meeting_on is distinct from r.meeting_on));
begin
  if cardinality(children) > 0 then
    perform panel_presentation_earlier(children);
  end if;
  return null;
end;
$$ language plpgsql;

create trigger panel_presentation_earlier_added after insert on panel_presentation
  referencing new table as added
  for each statement execute function panel_presentation_earlier_added();
create trigger panel_presentation_earlier_changed after update on panel_presentation
  referencing new table as added old table as removed
  for each statement execute function panel_presentation_earlier_changed();
create trigger panel_presentation_earlier_removed after delete on panel_presentation
  referencing old table as removed
  for each statement execute function panel_presentation_earlier_removed();
create trigger panel_meeting_presentations_earlier after update on panel_meeting
  referencing new table as added old table as removed
  for each statement execute function panel_meeting_presentations_earlier();

-- The period report reads each period's presentations by an index-only scan: by meeting, with
-- what it counts and the presentation before each carried.
create index panel_presentation_report_idx on panel_presentation (meeting_id)
  include (id, child_id, district_id, level, earlier_decision, earlier_approved_at);
