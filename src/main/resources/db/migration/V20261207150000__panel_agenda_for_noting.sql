-- A long agenda is split: children for discussion, and children for noting (listed with their
-- figures, not discussed; the minutes record them as noted). Every existing item was discussed.
alter table panel_agenda_item add column for_noting boolean default false not null;
