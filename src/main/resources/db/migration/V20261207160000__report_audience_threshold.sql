-- The small-number threshold a partnership chose for each suppressed audience of its reports
-- (partners, public); an audience without a row uses lantern.disclosure.threshold. The indexes help
-- the period data report count screenings and panel presentations by date.
create table report_audience_threshold (
  partnership_id uuid not null references partnership (id),
  audience varchar(30) not null,
  threshold integer not null,
  updated_by uuid not null references user_account (id),
  updated_at timestamp with time zone not null,
  constraint report_audience_threshold_pk primary key (partnership_id, audience),
  constraint report_audience_threshold_min check (threshold >= 1)
);

create index screening_partnership_submitted_idx on screening (partnership_id, submitted_at);
