-- PostgreSQL's trigger function for the presentations' earlier decision now works each changed
-- child's presentations out through the child's index in a fixed order (see db/vendor/postgresql).
-- H2's trigger (panel.data.PresentationEarlierColumns) works a child at a time and needs no change;
-- this keeps the two folders' versions the same.
comment on column panel_presentation.earlier_decision is
  'The decision at the child''s latest presentation before this one in approved minutes; null: none';
