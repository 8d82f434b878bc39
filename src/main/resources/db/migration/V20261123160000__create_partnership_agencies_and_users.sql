-- The partnership, its districts and agencies, and the people who sign in to Lantern.
create table partnership (
  id uuid primary key,
  name varchar(200) not null,
  created_at timestamp with time zone not null
);

create table district (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  name varchar(200) not null,
  constraint district_name_unique unique (partnership_id, name)
);

create table agency (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  name varchar(200) not null,
  kind varchar(40) not null,
  district_id uuid references district (id),
  constraint agency_name_unique unique (partnership_id, name)
);

create table team (
  id uuid primary key,
  agency_id uuid not null references agency (id),
  name varchar(200) not null,
  constraint team_name_unique unique (agency_id, name)
);

create table user_account (
  id uuid primary key,
  username varchar(100) not null,
  display_name varchar(200) not null,
  email varchar(320),
  password_hash varchar(200),
  role varchar(40) not null,
  agency_id uuid not null references agency (id),
  team_id uuid references team (id),
  enabled boolean not null,
  failed_attempts integer not null,
  locked_until timestamp with time zone,
  created_at timestamp with time zone not null,
  version bigint not null,
  constraint user_account_username_unique unique (username)
);

create index user_account_agency_idx on user_account (agency_id);

create table api_client (
  id uuid primary key,
  client_id varchar(100) not null,
  agency_id uuid not null references agency (id),
  name varchar(200) not null,
  source_system varchar(100) not null,
  secret_hash varchar(128) not null,
  enabled boolean not null,
  created_at timestamp with time zone not null,
  constraint api_client_client_id_unique unique (client_id)
);
