-- A partner system's (source system, source id) is unique within its partnership only: two
-- partnerships may run systems of the same name, and one must never see or block the other's
-- concerns through the idempotency key.
alter table concern drop constraint concern_source_unique;
alter table concern add constraint concern_source_unique unique (partnership_id, source_system, source_id);
