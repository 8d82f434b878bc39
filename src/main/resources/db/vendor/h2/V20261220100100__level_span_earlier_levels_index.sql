-- PostgreSQL's covering index for the period report carries the earlier levels' ends (see
-- db/vendor/postgresql). H2 has no covering indexes and the demo's few children need none; the
-- columns are described in the catalogue instead.
comment on column risk_level_span.previous_high_to_at is
  'When the child''s latest span at high before this one ended; null when there is none';
comment on column risk_level_span.previous_medium_to_at is
  'When the child''s latest span at medium or high before this one ended; null when there is none';
