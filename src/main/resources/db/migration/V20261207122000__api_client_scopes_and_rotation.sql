-- A partner system's scopes (which APIs it may call), a rotated secret's overlap (the previous
-- secret's hash, valid until a chosen moment), an expiry, revocation (at once) and when it was last
-- used. Clients registered before this keep every API they could call.
alter table api_client add column scopes varchar(200);
update api_client set scopes = 'CONCERNS,MISSING_EPISODES,PERSON_RECORDS,FLAGS';
alter table api_client alter column scopes set not null;
alter table api_client add column previous_secret_hash varchar(128);
alter table api_client add column previous_secret_expires_at timestamp with time zone;
alter table api_client add column expires_at timestamp with time zone;
alter table api_client add column revoked_at timestamp with time zone;
alter table api_client add column last_used_at timestamp with time zone;
