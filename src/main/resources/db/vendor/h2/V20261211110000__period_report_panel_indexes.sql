-- The H2 side of PostgreSQL's covering indexes for the period data report's panel figures. H2 has
-- no INCLUDE columns and the demo holds a few thousand children, so only the look-up of a child's
-- earlier presentations gets an index (by child, then meeting); the child table needs none.
create index panel_presentation_earlier_idx on panel_presentation (child_id, meeting_id);
