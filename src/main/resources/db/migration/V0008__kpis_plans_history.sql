-- The KPI dashboard: the dates and amounts each figure is defined on, kept on the deal itself so that a
-- year's figures are one pass over one table; the year's plan; sales costs by month; deals imported from
-- an office's past records; and the rollup that answers when the deal table is too large to scan live.

alter table deal
    -- The day the customer became a lead (a live deal: the day it was entered).
    add column lead_on        date,
    -- The annual order value in negotiation (発注需要額): 12 months of a recurring deal, or the one-off amount.
    add column demand_amount  bigint,
    -- The day the order was placed (the director's "go" after the trial) and its annual value.
    add column ordered_on     date,
    add column ordered_amount bigint check (ordered_amount >= 0),
    add column lost_on        date,
    -- The furthest step of the pipeline the deal reached (the funnel counts it there even after a loop back).
    add column stage_reached  varchar(16),
    add column source         varchar(16) not null default 'APP' check (source in ('APP', 'IMPORT'));

update deal set lead_on = (created_at at time zone 'Asia/Tokyo')::date,
                demand_amount = case when order_type = 'RECURRING' then monthly_amount * 12 else monthly_amount end,
                lost_on = case when status = 'LOST' then (closed_at at time zone 'Asia/Tokyo')::date end,
                stage_reached = case stage when 'TRIAL_REVIEW' then 'TRIAL' when 'REWORK' then 'QA'
                                           when 'OFFER' then 'ASSIGNMENT' else stage end;
-- Deals already past the trial's "go" were ordered when their first batch was planned.
update deal d set ordered_on = (select min(b.created_at at time zone 'Asia/Tokyo')::date from delivery_batch b
                                where b.deal_id = d.id),
                  ordered_amount = d.demand_amount
where exists (select 1 from delivery_batch b where b.deal_id = d.id);

alter table deal alter column lead_on set not null,
                 alter column demand_amount set not null,
                 alter column stage_reached set not null,
                 add constraint deal_demand_amount_check check (demand_amount >= 0);

-- Deals loaded from an office's past records: no process runs for them; they count in the KPIs only.
alter table deal drop constraint deal_status_check;
alter table deal add constraint deal_status_check check (status in ('OPEN', 'LOST', 'COMPLETED', 'HISTORY'));

create index deal_lead_on_idx on deal (lead_on);
create index deal_ordered_idx on deal (customer_id, ordered_on) where ordered_on is not null;

-- The year's plan: one value per figure (the same codes as the dashboard's).
create table kpi_plan (
    fiscal_year integer        not null,
    kpi         varchar(32)    not null,
    value       numeric(18, 4) not null,
    updated_by  varchar(64)    not null,
    updated_at  timestamptz    not null,
    primary key (fiscal_year, kpi)
);

-- Sales and marketing cost by month, for the customer acquisition cost.
create table sales_cost (
    month      date        primary key check (extract(day from month) = 1),
    amount     bigint      not null check (amount >= 0),
    updated_by varchar(64) not null,
    updated_at timestamptz not null
);

-- Every fiscal year's deal figures for every combination of the dashboard's filters ('*' = all), rebuilt in
-- the background; vals holds the figures in the order the dashboard's query lists them.
create table kpi_rollup (
    fiscal_year  integer     not null,
    director     varchar(64) not null,
    intermediary varchar(64) not null,
    category     varchar(16) not null,
    vals         numeric[]   not null,
    primary key (fiscal_year, director, intermediary, category)
);
