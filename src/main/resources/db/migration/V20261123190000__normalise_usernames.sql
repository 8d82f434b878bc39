-- Usernames are kept trimmed and in lower case (Directory.createUser), so that the unique constraint
-- also holds ignoring case and sign-in finds one account by an exact match. Existing names are
-- normalised here, except where two accounts differ only in case or spaces: those are left as they
-- are (changing them would break the unique constraint and stop Lantern starting) and an
-- administrator renames one of them (docs/operating.md).
update user_account
set username = lower(trim(username))
where username <> lower(trim(username))
  and not exists (
    select 1 from user_account other
    where other.id <> user_account.id
      and lower(trim(other.username)) = lower(trim(user_account.username)));
