-- Each presentation's earlier_decision and earlier_approved_at follow the presentations and
-- meetings they are taken from, in the statement that changes them, as on PostgreSQL (see
-- db/vendor/postgresql), in Java. H2 has no covering indexes: the demo's few children need none.
create trigger panel_presentation_earlier after insert, update, delete on panel_presentation
  for each row call 'org.lantern.panel.data.PresentationEarlierColumns';
create trigger panel_meeting_presentations_earlier after update on panel_meeting
  for each row call 'org.lantern.panel.data.PresentationEarlierColumns';
