-- Each panel presentation carries what the period data report needs of the child's presentation
-- before it (docs/reports.md, "Panels: the presentation before, carried on the row"): the decision
-- at the child's latest presentation before this one (by meeting date, then id) in minutes the chair
-- has approved (earlier_decision), and when those minutes were approved (earlier_approved_at); both
-- null when no approved presentation of the child comes before this one. The report takes them as
-- they are for a data date on or after earlier_approved_at, and looks the earlier presentation up
-- only for an earlier data date, so its figures are those of the look-up for every data date. Kept
-- in step by triggers in the statement that records, amends or moves a presentation or approves or
-- re-dates a meeting (db/vendor); filled here for the presentations already held.
alter table panel_presentation add column earlier_decision varchar(20);
alter table panel_presentation add column earlier_approved_at timestamp with time zone;
update panel_presentation set
  earlier_decision = (select p2.decision
    from panel_presentation p2
    join panel_meeting m2 on m2.id = p2.meeting_id
    join panel_meeting pm on pm.id = panel_presentation.meeting_id
    where p2.child_id = panel_presentation.child_id and m2.status = 'MINUTES_APPROVED'
      and m2.approved_at is not null
      and (m2.meeting_on < pm.meeting_on
        or (m2.meeting_on = pm.meeting_on and p2.id < panel_presentation.id))
    order by m2.meeting_on desc, p2.id desc fetch first 1 row only),
  earlier_approved_at = (select m2.approved_at
    from panel_presentation p2
    join panel_meeting m2 on m2.id = p2.meeting_id
    join panel_meeting pm on pm.id = panel_presentation.meeting_id
    where p2.child_id = panel_presentation.child_id and m2.status = 'MINUTES_APPROVED'
      and m2.approved_at is not null
      and (m2.meeting_on < pm.meeting_on
        or (m2.meeting_on = pm.meeting_on and p2.id < panel_presentation.id))
    order by m2.meeting_on desc, p2.id desc fetch first 1 row only);
comment on column panel_presentation.earlier_decision is
  'The decision at the child''s latest presentation before this one in approved minutes; null: none';
comment on column panel_presentation.earlier_approved_at is
  'When the minutes of the child''s latest presentation before this one were approved; null: none';
