-- A partner refers a child straight to panel with their own assessment of the level, without a
-- Lantern screening first. Referrals recorded before this had a medium or high screening and no
-- partner's level (null).
alter table panel_referral add column partner_level varchar(10);
