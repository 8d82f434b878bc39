-- A child's district, sex and date of birth on their level spans follow the child's record in the
-- transaction that changes it, as on PostgreSQL (see db/vendor/postgresql), in Java. H2 has no
-- covering indexes: the demo's few children need none.
create trigger child_level_span_columns after update on child
  for each row call 'org.lantern.risk.data.LevelSpanChildColumns';
