-- PostgreSQL's covering index for the period report now carries each span's neighbours (see
-- db/vendor/postgresql). H2 has no covering indexes and the demo's few children need none; the
-- columns are described in the catalogue instead.
comment on column risk_level_span.previous_to_at is
  'When the child''s span before this one ended; null for the child''s first span';
comment on column risk_level_span.next_from_at is
  'When the child''s span after this one started; null for the child''s latest span';
