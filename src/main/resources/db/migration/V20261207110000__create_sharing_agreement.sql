-- Information sharing agreements: one agency's terms for sharing with the partnership. A partner
-- system whose agency has none in force (started, not ended) is refused.
create table sharing_agreement (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  agency_id uuid not null references agency (id),
  parties varchar(1000) not null,
  purpose varchar(2000) not null,
  lawful_basis varchar(1000) not null,
  categories varchar(500) not null,
  starts_on date not null,
  review_on date not null,
  ended_on date,
  end_reason varchar(1000),
  created_at timestamp with time zone not null,
  version bigint not null default 0
);

create index sharing_agreement_agency on sharing_agreement (agency_id);
create index sharing_agreement_partnership on sharing_agreement (partnership_id);
