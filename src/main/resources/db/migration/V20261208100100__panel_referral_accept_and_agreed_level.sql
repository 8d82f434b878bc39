-- A partner's referral straight to panel (seed 002 ¶97, "via the coordinator") is first received,
-- then the coordinator accepts it onto the next agenda of the child's panel, or declines it with a
-- reason. Referrals recorded before this went on the next agenda as they were: they are accepted.
alter table panel_referral add column status varchar(20) default 'ACCEPTED' not null;
alter table panel_referral add column decided_by_user_id uuid;
alter table panel_referral
  add constraint panel_referral_decided_by_fk foreign key (decided_by_user_id)
  references user_account (id);
alter table panel_referral add column decided_at timestamp with time zone;
alter table panel_referral add column declined_reason varchar(2000);
alter table panel_referral add column version bigint default 0 not null;

create index panel_referral_status_idx on panel_referral (partnership_id, status);

-- The panel records the level it agrees, which may differ from the child's last screening (then
-- with the reason). Until now the level was always the screening's.
alter table panel_presentation add column screening_level varchar(20);
update panel_presentation set screening_level = level;
alter table panel_presentation add column level_reason varchar(2000);
