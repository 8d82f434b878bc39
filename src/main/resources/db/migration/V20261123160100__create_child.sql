-- A child known to the partnership, with the identifiers other agencies' systems use.
create table child (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  given_name varchar(100) not null,
  middle_names varchar(200),
  family_name varchar(100) not null,
  known_as varchar(100),
  sex varchar(20) not null,
  date_of_birth date,
  nhs_number varchar(10),
  upn varchar(13),
  postcode varchar(10),
  district_id uuid references district (id),
  created_at timestamp with time zone not null,
  updated_at timestamp with time zone not null,
  version bigint not null
);

create index child_partnership_idx on child (partnership_id);
create index child_nhs_number_idx on child (nhs_number);
create index child_upn_idx on child (upn);
create index child_updated_at_idx on child (updated_at);
