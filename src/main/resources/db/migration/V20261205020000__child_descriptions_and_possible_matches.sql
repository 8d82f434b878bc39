-- A description of a child is put on a child Lantern knows only when the names, date of birth and
-- sex agree; otherwise it becomes a new record with the children it may be, for a person to join
-- or keep apart (issue 11).

-- A record joined into another is kept, pointing at the child it is now part of, so that links
-- to it still lead somewhere; nothing else refers to it any more.
alter table child add column merged_into uuid references child (id);
alter table child add column merged_at timestamp with time zone;

create index child_birth_idx on child (partnership_id, date_of_birth);

-- A child as a referrer (a person or a partner system) described them, kept as entered, and what
-- Lantern did with the description: put it on a known child, or made a new record (with or
-- without children it may be).
create table child_description (
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
  described_by_user_id uuid references user_account (id),
  described_by varchar(300) not null,
  described_at timestamp with time zone not null,
  placed_on uuid not null references child (id),
  outcome varchar(30) not null
);

create index child_description_placed_idx on child_description (placed_on);

-- A new record and a child it may already be: open until the front door joins them or keeps them
-- apart (or it closes because the record was joined to another child).
create table possible_match (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null references child (id),
  candidate_id uuid not null references child (id),
  description_id uuid references child_description (id),
  comparison varchar(500) not null,
  status varchar(20) not null,
  created_at timestamp with time zone not null,
  decided_by_user_id uuid references user_account (id),
  decided_at timestamp with time zone,
  decided_reason varchar(2000),
  version bigint not null,
  constraint possible_match_pair_uq unique (child_id, candidate_id)
);

create index possible_match_status_idx on possible_match (partnership_id, status);
create index possible_match_candidate_idx on possible_match (candidate_id);

-- What the referrer described, beside the child the concern or episode was put on.
alter table concern add column description_id uuid references child_description (id);
alter table missing_episode add column description_id uuid references child_description (id);
