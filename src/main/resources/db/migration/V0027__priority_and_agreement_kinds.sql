-- A deal is 通常 or 急ぎ; an SLA policy holds for one priority, so an urgent deal's hand-offs run on shorter targets.
-- Every existing policy is the normal one; urgent copies start at half its duration (at least 1), for the admin to set.
alter table deal add column priority varchar(8) not null default 'NORMAL' check (priority in ('NORMAL', 'URGENT'));

alter table sla_policy add column priority varchar(8) not null default 'NORMAL' check (priority in ('NORMAL', 'URGENT'));
drop index sla_policy_stage_category_uq;
create unique index sla_policy_stage_category_uq on sla_policy (stage, coalesce(work_category, '*'), priority);
insert into sla_policy (stage, work_category, unit, duration, warn_percent, risk_percent, updated_at, updated_by, priority)
select stage, work_category, unit, greatest(1, duration / 2), warn_percent, risk_percent, now(), 'system', 'URGENT'
from sla_policy where priority = 'NORMAL';
