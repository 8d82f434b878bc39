-- The partnership's structure kept by an administrator: an agency's contact numbers (office hours
-- and out of hours, for flags and notices), and districts, agencies and teams closed on a date
-- rather than deleted, since records name them.
alter table agency add column office_hours_phone varchar(40);
alter table agency add column out_of_hours_phone varchar(40);
alter table agency add column closed_on date;
alter table team add column closed_on date;
alter table district add column closed_on date;
