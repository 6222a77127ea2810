-- Lead times of finished hand-offs as weekly histograms, kept up to date when each clock stops, so that a
-- year's median and 90th percentile come from ~10^4 rows instead of sorting a million. Bins are a fifth of
-- a business day; percentiles interpolate within their bin.
create table sla_leadtime_week (
    week          date        not null,
    stage         varchar(16) not null,
    work_category varchar(16) not null,
    bin           integer     not null,
    n             integer     not null,
    met           integer     not null,
    paused_days   double precision not null,
    primary key (week, stage, work_category, bin)
);

-- Open clocks counted by stage, organisation, person and state; rebuilt by the SLA sweep every 30 s.
create table sla_open_summary (
    stage     varchar(16) not null,
    party     varchar(16) not null,
    assignee  varchar(64) not null,
    state     varchar(16) not null,
    n         integer     not null
);

create table rollup_state (
    name         varchar(64) primary key,
    refreshed_at timestamptz not null
);
