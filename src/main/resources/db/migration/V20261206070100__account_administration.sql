-- Administration of accounts in the browser: an account is closed (never deleted: the audit and
-- records name it), and a new person sets their own password through a one-use invitation link.
alter table user_account add column closed_at timestamp with time zone;

create table account_invitation (
  id uuid primary key,
  user_id uuid not null references user_account (id),
  token_hash varchar(64) not null,
  created_by uuid not null references user_account (id),
  created_at timestamp with time zone not null,
  expires_at timestamp with time zone not null,
  used_at timestamp with time zone,
  constraint account_invitation_token_unique unique (token_hash)
);

create index account_invitation_user_idx on account_invitation (user_id);
