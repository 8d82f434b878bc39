-- The presentations' earlier_decision and earlier_approved_at (V20261218100000) are worked out
-- again for the children a statement changed. Those children were found by "child_id =
-- any(children)", which compares every presentation with every element of the array in turn: a
-- statement that recorded 200,000 presentations (a generated partnership, or an import) ran for
-- over twenty minutes in it. The children are now joined to their presentations through the
-- child's index, so the work grows with the presentations of the children changed, not with their
-- product. Otherwise the same.
create or replace function panel_presentation_earlier(children uuid[]) returns void as $$
  update panel_presentation p set
    earlier_decision = e.decision, earlier_approved_at = e.approved_at
  from (
    select pp.id, b.decision, b.approved_at
    from (select distinct u.child_id from unnest(children) u (child_id)) c
    join panel_presentation pp on pp.child_id = c.child_id
    join panel_meeting pm on pm.id = pp.meeting_id
    left join lateral (
      select p2.decision, m2.approved_at
      from panel_presentation p2
      join panel_meeting m2 on m2.id = p2.meeting_id
      where p2.child_id = pp.child_id and m2.status = 'MINUTES_APPROVED'
        and m2.approved_at is not null
        and (m2.meeting_on < pm.meeting_on or (m2.meeting_on = pm.meeting_on and p2.id < pp.id))
      order by m2.meeting_on desc, p2.id desc limit 1) b on true
  ) e
  where p.id = e.id
    and (p.earlier_decision is distinct from e.decision
      or p.earlier_approved_at is distinct from e.approved_at);
$$ language sql;
