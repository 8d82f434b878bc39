-- The period data report's panel figures (reporting.PanelSection) look up, for each presentation
-- in the period's meetings, the child's presentation before it, and the sex of each child at their
-- initial panel. Both are read from these indexes alone (index-only scans): no heap page of the
-- presentations or of the million-row child table is read. H2 (the demo's few children) needs none.
create index panel_presentation_earlier_idx on panel_presentation (child_id)
  include (meeting_id, id, decision);
create index child_report_sex_idx on child (id) include (sex);
