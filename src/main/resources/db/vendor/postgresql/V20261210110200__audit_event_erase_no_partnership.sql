-- The audit log's rows of no partnership (a single sign-on refused because no mapping said whose
-- the person would be) come under retention: they are erased with a partnership's month, once the
-- longest of every partnership's audit log period (72 months for one with no rule) has passed
-- since the month's end. Such a row may be about any partnership, so none is erased before every
-- partnership's own audit of that month may be. Otherwise as before (V20261209160000): the
-- partnership's own period is enforced, rows about a child whose record is held and rows recording
-- an erasure are kept. Replacing the function keeps its owner and its grants.
create or replace function audit_event_erase(p_partnership uuid, p_from timestamp with time zone,
    p_before timestamp with time zone) returns bigint as $$
declare
  months integer;
  longest integer;
  erased bigint;
  orphans bigint := 0;
begin
  select period_months into months from retention_rule
   where partnership_id = p_partnership and record_kind = 'AUDIT_LOG';
  if p_before > now() - make_interval(months => coalesce(months, 72)) then
    raise exception 'the audit log before % has not reached the end of its retention', p_before;
  end if;
  select max(coalesce(r.period_months, 72)) into longest
    from partnership p
    left join retention_rule r on r.partnership_id = p.id and r.record_kind = 'AUDIT_LOG';
  perform set_config('lantern.audit_erasure', 'on', true);
  delete from audit_event a
   where a.partnership_id = p_partnership
     and a.occurred_at >= p_from and a.occurred_at < p_before
     and a.action <> 'RECORD_ERASED'
     and (a.child_id is null or not exists (select 1 from child c where c.id = a.child_id));
  get diagnostics erased = row_count;
  if p_before <= now() - make_interval(months => coalesce(longest, 72)) then
    delete from audit_event a
     where a.partnership_id is null
       and a.occurred_at >= p_from and a.occurred_at < p_before
       and a.action <> 'RECORD_ERASED'
       and (a.child_id is null or not exists (select 1 from child c where c.id = a.child_id));
    get diagnostics orphans = row_count;
  end if;
  perform set_config('lantern.audit_erasure', 'off', true);
  return erased + orphans;
end;
$$ language plpgsql security definer set search_path from current;
