-- Retention: how long each kind of record is kept (a rule per partnership and kind, never zero),
-- what has reached its date waiting for the information governance officer, the tombstone a
-- deletion leaves, legal holds that stop deletion, and the day's run of the listing job (one row a
-- day, so that of several copies of Lantern only one lists).
create table retention_rule (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  record_kind varchar(60) not null,
  period_months integer not null,
  changed_at timestamp with time zone not null,
  version bigint not null default 0,
  constraint retention_rule_kind_unique unique (partnership_id, record_kind),
  constraint retention_rule_period_positive check (period_months > 0)
);

create table retention_review (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  record_kind varchar(60) not null,
  record_id varchar(100) not null,
  child_id uuid,
  due_on date not null,
  listed_at timestamp with time zone not null,
  status varchar(20) not null,
  decided_by uuid,
  decided_at timestamp with time zone,
  version bigint not null default 0,
  constraint retention_review_record_unique unique (partnership_id, record_kind, record_id)
);

create index retention_review_waiting on retention_review (partnership_id, status, due_on);

create table retention_tombstone (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  record_kind varchar(60) not null,
  record_id varchar(100) not null,
  child_id uuid,
  due_on date not null,
  period_months integer not null,
  erased_at timestamp with time zone not null,
  erased_by uuid not null,
  erased_by_username varchar(200) not null,
  constraint retention_tombstone_record_unique unique (partnership_id, record_kind, record_id)
);

create table legal_hold (
  id uuid primary key,
  partnership_id uuid not null references partnership (id),
  child_id uuid not null,
  reason varchar(1000) not null,
  placed_by uuid not null,
  placed_at timestamp with time zone not null,
  lifted_by uuid,
  lifted_at timestamp with time zone,
  lift_reason varchar(1000),
  version bigint not null default 0
);

create index legal_hold_child on legal_hold (child_id);

create table retention_job_run (
  run_on date primary key,
  started_at timestamp with time zone not null
);
