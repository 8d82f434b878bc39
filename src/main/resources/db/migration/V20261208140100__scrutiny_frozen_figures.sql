-- A computed indicator's figure as it stood when its quarter was closed (null: nothing to measure
-- then), so that the framework shows the closed quarter as reported, whatever is recorded late.
create table scrutiny_indicator_frozen (
  indicator_id uuid not null references scrutiny_indicator (id),
  quarter varchar(7) not null,
  figure numeric(14, 2),
  frozen_at timestamp with time zone not null,
  constraint scrutiny_indicator_frozen_pk primary key (indicator_id, quarter)
);
