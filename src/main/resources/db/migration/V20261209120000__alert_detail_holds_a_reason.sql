-- An alert's detail may be the reason a partner's referral to panel was declined (up to 2,000
-- characters), not only the setting that checked a child's flags.
alter table child_alert alter column detail set data type varchar(2000);
