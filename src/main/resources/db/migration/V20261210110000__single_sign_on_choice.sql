-- Whether single sign-on makes accounts at a person's first sign-on (CREATE) or they must be added
-- by an administrator beforehand (EXISTING): the partnership administrator's choice, made on the
-- single sign-on page. A partnership with no row follows lantern.security.oidc.accounts, as every
-- partnership did before this version.
create table single_sign_on_choice (
  partnership_id uuid primary key references partnership (id),
  accounts varchar(20) not null,
  changed_at timestamp with time zone not null,
  constraint single_sign_on_choice_accounts check (accounts in ('EXISTING', 'CREATE'))
);
