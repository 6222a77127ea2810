-- Clocks count business seconds: a hand-off done 30 s late is late, and a pause and resume lose nothing.
alter table sla_clock alter column used_before type bigint using used_before::bigint * 60;
alter table sla_clock rename column used_before to used_before_seconds;
alter table sla_clock alter column paused_minutes type bigint using paused_minutes * 60;
alter table sla_clock rename column paused_minutes to paused_seconds;
alter table sla_clock alter column used_minutes type bigint using used_minutes::bigint * 60;
alter table sla_clock rename column used_minutes to used_seconds;

-- An offer withdrawn or expired unanswered stops its clock as CANCELLED: no lead time and no share met counts it.
alter table sla_clock drop constraint sla_clock_state_check;
alter table sla_clock add constraint sla_clock_state_check
    check (state in ('RUNNING', 'AT_RISK', 'BREACHED', 'PAUSED', 'MET', 'MISSED', 'CANCELLED'));

-- The lead-time readers ask for work done only.
drop index sla_clock_stopped_idx;
create index sla_clock_done_idx on sla_clock (stage, stopped_at)
    include (work_category, used_seconds, target_minutes, minutes_per_day, state) where state in ('MET', 'MISSED');
