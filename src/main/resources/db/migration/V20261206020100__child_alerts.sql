-- Alerts about a child to the people who hold them (issue 13 item 7): what tells whom is a rule
-- kept as data (AlertRule); repeated alerts about one child to one person within an hour are one
-- notice, listing the rules that fired and how many times.
create table child_alert (
  id uuid primary key,
  recipient_user_id uuid not null references user_account (id),
  child_id uuid not null references child (id),
  rules varchar(500) not null,
  alert_count integer not null,
  suggestion_key varchar(100),
  first_at timestamp with time zone not null,
  last_at timestamp with time zone not null,
  read_at timestamp with time zone,
  version bigint not null
);

create index child_alert_recipient_idx on child_alert (recipient_user_id, last_at);
create index child_alert_child_idx on child_alert (child_id);
