-- The person index: every agency's record of a person, kept as it came (re-imports update it by
-- source and source id), and which records Lantern holds to be one person.
create table person_record (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  source varchar(60) not null,
  source_id varchar(100) not null,
  given_name varchar(100),
  middle_names varchar(200),
  family_name varchar(100),
  previous_names varchar(400),
  date_of_birth date,
  sex varchar(1),
  postcode varchar(10),
  nhs_number varchar(10),
  upn varchar(13),
  other_ids varchar(400),
  -- records with the same person_id are one person; a record alone has its own id here
  person_id uuid not null,
  imported_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null,
  constraint person_record_source_uq unique (partnership_id, source, source_id)
);

create index person_record_person_idx on person_record (person_id);

-- A pair of records the linkage engine weighed: linked automatically, waiting for review,
-- confirmed or rejected by a person (a rejected pair is never proposed again), or unlinked.
create table person_link (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  record_a uuid not null references person_record (id),
  record_b uuid not null references person_record (id),
  weight double precision not null,
  status varchar(20) not null,
  decided_by uuid,
  decided_at timestamp with time zone,
  created_at timestamp with time zone not null,
  version bigint not null,
  constraint person_link_pair_uq unique (record_a, record_b)
);

create index person_link_status_idx on person_link (partnership_id, status);
