-- Each child's level as dated spans, for reports over any period (docs/reports.md): one row per
-- submitted screening at low, medium or high, in force from its submission until the child's next
-- submitted screening (to_at; null while it is the latest). A screening at no apparent risk ends the
-- span before it and starts none. first_at is the child's first submission at low or above ever.
-- Derived from screening alone and rebuilt for a child whenever one of its screenings is submitted
-- or imported (risk.LevelSpans), so a period reads only the spans that overlap it, not every
-- screening ever made.
create table risk_level_span (
  child_id uuid not null references child (id),
  partnership_id uuid not null references partnership (id),
  risk_level varchar(20) not null,
  from_at timestamp with time zone not null,
  to_at timestamp with time zone,
  first_at timestamp with time zone not null,
  primary key (child_id, from_at)
);
create index risk_level_span_period_idx on risk_level_span (partnership_id, to_at, from_at);

insert into risk_level_span (child_id, partnership_id, risk_level, from_at, to_at, first_at)
select child_id, partnership_id, risk_level, submitted_at, next_at, first_at from (
  select s.child_id, s.partnership_id, s.risk_level, s.submitted_at,
    lead(s.submitted_at) over (partition by s.child_id order by s.submitted_at,
      case s.risk_level when 'HIGH' then 3 when 'MEDIUM' then 2 when 'LOW' then 1 else 0 end, s.id)
      as next_at,
    min(case when s.risk_level in ('LOW', 'MEDIUM', 'HIGH') then s.submitted_at end)
      over (partition by s.child_id) as first_at
  from screening s
  where s.submitted_at is not null and s.risk_level is not null
) x
where risk_level in ('LOW', 'MEDIUM', 'HIGH') and (next_at is null or next_at > submitted_at);
