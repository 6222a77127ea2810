-- What a B型 facility's average monthly wage does to its basic reward. The bands change with each revision of the
-- rewards, so they are data the admin keeps, dated, not code.

-- One table of bands: for a staffing ratio and a size of facility (up to places_max places), in force from valid_from.
create table reward_table (
    id                 bigserial    primary key,
    name               varchar(200) not null,
    staffing           varchar(16)  not null check (staffing in ('7.5:1', '6:1', '10:1')),
    places_max         int          not null check (places_max between 1 and 1000),
    valid_from         date         not null,
    target_bonus_units int          not null default 10 check (target_bonus_units between 0 and 1000),
    unique (staffing, places_max, valid_from)
);

-- A band: from wage_from yen a month (inclusive) up to the next band's wage_from, this many units per user per day.
create table reward_band (
    table_id  bigint not null references reward_table (id) on delete cascade,
    wage_from int    not null check (wage_from between 0 and 1000000),
    units     int    not null check (units between 0 and 10000),
    primary key (table_id, wage_from)
);

-- Once per facility: what decides its table, and its own wage target (目標工賃).
create table facility_tier_profile (
    facility_id bigint      primary key references facility (id),
    staffing    varchar(16) not null check (staffing in ('7.5:1', '6:1', '10:1')),
    places      int         not null check (places between 1 and 1000),
    wage_target int         check (wage_target between 0 and 1000000),
    version     bigint      not null default 0,
    entered_by  varchar(64) not null,
    entered_at  timestamptz not null
);

-- Per facility and month, for all of its work (not only the work through Tsunagu): wages paid, user-days, days open.
create table facility_operation_month (
    facility_id bigint      not null references facility (id),
    month       date        not null check (extract(day from month) = 1),
    wages_paid  bigint      not null check (wages_paid between 0 and 1000000000),
    user_days   int         not null check (user_days between 0 and 100000),
    days_open   int         not null check (days_open between 0 and 31),
    version     bigint      not null default 0,
    entered_by  varchar(64) not null,
    entered_at  timestamptz not null,
    primary key (facility_id, month)
);

-- 令和6年度報酬改定, 就労継続支援B型サービス費（Ⅰ）: 7.5:1, up to 20 places.
insert into reward_table (name, staffing, places_max, valid_from, target_bonus_units)
values ('令和6年度 就労継続支援B型サービス費（Ⅰ）定員20人以下 7.5:1', '7.5:1', 20, date '2024-04-01', 10);
insert into reward_band (table_id, wage_from, units)
select id, b.wage_from, b.units
from reward_table,
     (values (45000, 748), (35000, 716), (30000, 669), (25000, 649),
             (20000, 637), (15000, 614), (10000, 584), (0, 537)) as b (wage_from, units)
where staffing = '7.5:1' and places_max = 20 and valid_from = date '2024-04-01';
