-- A field of a partner's person record that failed its check (an NHS number failing modulus 11,
-- an impossible date): kept as received, marked invalid with the reason, never used for matching.
-- The rest of the record is kept and linked.
create table person_record_set_aside (
  id uuid primary key,
  record_id uuid not null references person_record (id),
  field varchar(30) not null,
  code varchar(40) not null,
  received varchar(400) not null
);

create index person_record_set_aside_record_idx on person_record_set_aside (record_id);
