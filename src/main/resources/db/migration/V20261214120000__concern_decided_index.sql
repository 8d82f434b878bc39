-- The outcomes framework's front-door measure (referral.ReferralIndicators: concerns decided
-- within target) reads a partnership's concerns decided in a quarter: found by that range, not by
-- reading every concern the partnership ever had.
create index concern_decided_idx on concern (partnership_id, decided_at);
