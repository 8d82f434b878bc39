-- Links between an adult and a child recorded as intelligence (source INTELLIGENCE) or named in a
-- concern (source CONCERN), beside the links notices and missing episodes already make. An adult
-- named in a concern may be known only by a first name or nickname.
alter table adult_person alter column family_name drop not null;

alter table adult_child_link add column nature varchar(30);
alter table adult_child_link add column source_evaluation varchar(20);
alter table adult_child_link add column assessment varchar(20);
alter table adult_child_link add column linked_on date;
alter table adult_child_link add column details varchar(2000);
alter table adult_child_link add column described_as varchar(500);
alter table adult_child_link add column place varchar(300);
alter table adult_child_link add column approximate_age integer;
alter table adult_child_link add column recorded_by_user_id uuid;
alter table adult_child_link add column recorded_by_name varchar(200);
alter table adult_child_link add constraint adult_child_link_recorder_fk
  foreign key (recorded_by_user_id) references user_account (id);

create index adult_child_link_adult_idx on adult_child_link (adult_id);
