-- Single sign-on binds an account to the identity provider's person: its issuer and the subject
-- (the provider's stable, never reassigned id for them), on the first sign-on of the account. From
-- then on an account is found by these alone, not by a username claim that a provider may let
-- people change or reuse.
alter table user_account add column oidc_issuer varchar(500);
alter table user_account add column oidc_subject varchar(255);
alter table user_account add constraint user_account_oidc_identity_unique unique (oidc_issuer, oidc_subject);
