-- The update triggers of the presentations' earlier decision found the rows whose watched columns
-- changed by joining the statement's new rows to its old ones by id. PostgreSQL does not know how
-- many rows those tables hold and joined them by a nested loop, comparing every new row with every
-- old one: a statement that wrote 20,000 presentations' earlier decisions spent 10 s in it, and
-- 100,000 (a generated partnership) would take over half an hour. The changed rows are now what
-- one table has and the other has not ("except", which sorts or hashes; null equals null, as "is
-- distinct from" compared). Otherwise the same.
create or replace function panel_presentation_earlier_changed() returns trigger as $$
declare
  children uuid[] := array(
    select x.child_id from (
      select a.id, a.child_id, a.decision, a.meeting_id from added a
      except select r.id, r.child_id, r.decision, r.meeting_id from removed r) x
    union
    select y.child_id from (
      select r.id, r.child_id, r.decision, r.meeting_id from removed r
      except select a.id, a.child_id, a.decision, a.meeting_id from added a) y);
begin
  if cardinality(children) > 0 then
    perform panel_presentation_earlier(children);
  end if;
  return null;
end;
$$ language plpgsql;

create or replace function panel_meeting_presentations_earlier() returns trigger as $$
declare
  children uuid[] := array(
    select distinct p.child_id from panel_presentation p
    where p.meeting_id in (
      select x.id from (
        select a.id, a.status, a.approved_at, a.meeting_on from added a
        except select r.id, r.status, r.approved_at, r.meeting_on from removed r) x));
begin
  if cardinality(children) > 0 then
    perform panel_presentation_earlier(children);
  end if;
  return null;
end;
$$ language plpgsql;
