-- Wrong passwords typed for names that are not accounts are counted and lock the name exactly as
-- for an account, so that the lockout does not tell anyone which usernames exist. The name is kept
-- only as its SHA-256 hash: people sometimes type a password into the username box. Rows are
-- forgotten once a run of wrong passwords is over (lantern.access.failed-sign-in-window).
create table unknown_name_sign_in (
  name_hash varchar(64) primary key,
  failed_attempts integer not null,
  last_failed_at timestamp with time zone not null,
  locked_until timestamp with time zone
);

create index unknown_name_sign_in_last_failed_idx on unknown_name_sign_in (last_failed_at);

-- For accounts too, a run of wrong passwords ends after that window without one: otherwise an
-- account would remember a run that a forgotten unknown name does not, and tell them apart.
alter table user_account add column last_failed_sign_in_at timestamp with time zone;
