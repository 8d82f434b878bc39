-- Statutory return interviews are for children missing from home or care: episodes missing from
-- school leave the return-interview queue (unless an interview was already offered).
update missing_episode set interview_status = 'NOT_STATUTORY'
where missing_from = 'SCHOOL' and interview_status in ('NOT_DUE', 'TO_OFFER');
