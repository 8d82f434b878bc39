-- A child's placement history in brief on their level spans follows child_placement in the
-- statement that changes it, as on PostgreSQL (see db/vendor/postgresql), in Java.
create trigger child_placement_level_span_columns after insert, update, delete on child_placement
  for each row call 'org.lantern.risk.data.LevelSpanPlacementColumns';
