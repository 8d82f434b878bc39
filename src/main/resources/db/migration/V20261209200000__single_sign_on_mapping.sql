-- The partnership's own single sign-on mappings, kept by its administrator in the browser: when
-- the claim holds the value, the person is given the role in the agency (and the team). They are
-- tried in position order before the mappings in Lantern's configuration (docs/operating.md).
create table single_sign_on_mapping (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  sort_order integer not null,
  claim varchar(100) not null,
  claim_value varchar(500) not null,
  role varchar(40) not null,
  agency_id uuid not null references agency (id),
  team_id uuid references team (id),
  version bigint not null,
  constraint single_sign_on_mapping_unique unique (partnership_id, claim, claim_value)
);

create index single_sign_on_mapping_order_idx on single_sign_on_mapping (partnership_id, sort_order);
