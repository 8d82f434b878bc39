-- A partner system's flag names its child by NHS number. One sent for a number the partnership does
-- not know (yet) is kept against that number and shows on the child whose record carries it, now or
-- later: so that the answer to the sender (201, as for a known child) does not tell it who is known.
alter table partner_flag add column nhs_number varchar(10);
update partner_flag set nhs_number = (select c.nhs_number from child c where c.id = partner_flag.child_id);
alter table partner_flag alter column child_id drop not null;
create index partner_flag_nhs_number_idx on partner_flag (partnership_id, nhs_number);
