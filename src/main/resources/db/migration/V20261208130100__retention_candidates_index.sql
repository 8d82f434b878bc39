-- Retention lists a partnership's concerns with no further action by one query each night
-- (referral.ConcernRetention): found by their decision rather than read all.
create index concern_decision_idx on concern (partnership_id, decision);
