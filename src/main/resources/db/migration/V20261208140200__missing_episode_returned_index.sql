-- The period data report counts the return interviews of episodes that ended in the period: an
-- index on when they ended, so a period reads its own episodes and not every episode ever recorded.
create index missing_episode_returned_idx on missing_episode (partnership_id, returned_at);
