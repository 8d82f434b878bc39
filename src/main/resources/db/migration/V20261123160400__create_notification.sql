-- In-app notifications: the inbox.
create table notification (
  id uuid primary key,
  recipient_user_id uuid not null references user_account (id),
  kind varchar(40) not null,
  concern_id uuid references concern (id),
  created_at timestamp with time zone not null,
  read_at timestamp with time zone
);

create index notification_recipient_idx on notification (recipient_user_id, created_at);
