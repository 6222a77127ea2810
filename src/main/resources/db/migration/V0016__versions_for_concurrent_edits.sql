-- Two people editing the same customer, wage month or trial result: the second save is refused instead of silently
-- overwriting the first (optimistic locking, as the requirements sheet, deals and trials have).
alter table customer add column version bigint not null default 0;
alter table wage_month add column version bigint not null default 0;
alter table trial_result add column version bigint not null default 0;
