-- PostgreSQL's update triggers for the presentations' earlier decision now find the changed rows by
-- "except" (see db/vendor/postgresql). H2's trigger (panel.data.PresentationEarlierColumns) is
-- called for each row and needs no change; this keeps the two folders' versions the same.
comment on column panel_presentation.earlier_approved_at is
  'When the minutes of the child''s latest presentation before this one were approved; null: none';
