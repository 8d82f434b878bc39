-- Retention of the audit log (governance.AuditLogRetention): a month of a partnership's audit log
-- is erased, once its period has passed and the information governance officer confirms it, by
-- this one function and no other way. The append-only trigger still refuses every update, every
-- truncation and every delete outside it. The function keeps, whatever their age, the rows about a
-- child whose record is still held (the audit of access to a record is kept as long as the record)
-- and the rows recording an erasure; and it refuses a month whose period (the partnership's rule
-- for AUDIT_LOG, 72 months by default) has not passed. It runs as its owner (security definer), so
-- Lantern's own database role needs no delete on audit_event, only execute on the function.
create or replace function audit_event_append_only() returns trigger as $$
begin
  if tg_op = 'DELETE' and current_setting('lantern.audit_erasure', true) = 'on' then
    return old;
  end if;
  raise exception 'audit_event is append-only';
end;
$$ language plpgsql;

create function audit_event_erase(p_partnership uuid, p_from timestamp with time zone,
    p_before timestamp with time zone) returns bigint as $$
declare
  months integer;
  erased bigint;
begin
  select period_months into months from retention_rule
   where partnership_id = p_partnership and record_kind = 'AUDIT_LOG';
  if p_before > now() - make_interval(months => coalesce(months, 72)) then
    raise exception 'the audit log before % has not reached the end of its retention', p_before;
  end if;
  perform set_config('lantern.audit_erasure', 'on', true);
  delete from audit_event a
   where a.partnership_id = p_partnership
     and a.occurred_at >= p_from and a.occurred_at < p_before
     and a.action <> 'RECORD_ERASED'
     and (a.child_id is null or not exists (select 1 from child c where c.id = a.child_id));
  get diagnostics erased = row_count;
  perform set_config('lantern.audit_erasure', 'off', true);
  return erased;
end;
$$ language plpgsql security definer set search_path from current;
