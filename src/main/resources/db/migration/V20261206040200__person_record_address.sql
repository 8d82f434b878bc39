-- The address a partner holds for a person (lines before the town, the town, the UPRN where the
-- partner has one), compared by the linkage engine. Other identifiers stay in other_ids, now
-- written the one way the engine reads them: system:value, separated by semicolons.
alter table person_record add column address_lines varchar(300);
alter table person_record add column town varchar(100);
alter table person_record add column uprn varchar(12);
