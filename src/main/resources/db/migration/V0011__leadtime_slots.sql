-- Every hand-off completed in a week added itself to one histogram row, so concurrent completions queued on that
-- row's lock until each other's commit: the pipeline ran one completion at a time. A slot (the deal id modulo 8)
-- spreads them over eight rows; every reader already sums over the rows of a bin.
alter table sla_leadtime_week add column slot smallint not null default 0;
alter table sla_leadtime_week drop constraint sla_leadtime_week_pkey;
alter table sla_leadtime_week add primary key (week, stage, work_category, bin, slot);
