-- Lists a coordinator cross-references against the partnership's children (the missing
-- coordinator's missing-from-home list, the missing-from-education officer's list, the youth
-- offending service's re-offending panel list): one list per kind and date, its rows as uploaded,
-- the children each row may mean, and the coordinator's decision.
create table panel_list (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  kind varchar(40) not null,
  list_date date not null,
  created_by uuid not null references user_account (id),
  created_at timestamp with time zone not null,
  constraint panel_list_kind_date_uq unique (partnership_id, kind, list_date)
);

-- A row is identified on its list by a digest of its normalised values, so uploading the same file
-- (or a longer one with the same rows) again adds nothing twice.
create table panel_list_row (
  id uuid primary key,
  list_id uuid not null references panel_list (id),
  line_number integer not null,
  row_key varchar(64) not null,
  given_name varchar(100),
  family_name varchar(100),
  date_of_birth date,
  birth_year integer,
  birth_month integer,
  sex varchar(10),
  postcode varchar(10),
  other_id varchar(100),
  -- UNMATCHED (no candidate), PROPOSED, CONFIRMED, REJECTED
  status varchar(20) not null,
  child_id uuid references child (id),
  decided_by uuid references user_account (id),
  decided_at timestamp with time zone,
  added_at timestamp with time zone not null,
  version bigint not null,
  constraint panel_list_row_key_uq unique (list_id, row_key)
);

create index panel_list_row_child_idx on panel_list_row (child_id, status);

-- The children a row may mean, best first, with the match weight and why (field:level:weight;...).
create table panel_list_candidate (
  row_id uuid not null references panel_list_row (id),
  child_id uuid not null references child (id),
  rank integer not null,
  weight double precision not null,
  probability double precision not null,
  strength varchar(10) not null,
  fields varchar(600) not null,
  primary key (row_id, child_id)
);
