-- The national holidays the app counts with: the official list (the Cabinet Office's syukujitsu.csv), shipped with
-- the app and replaced by an admin's newer file; every node reads it from here. After covers_until the app computes
-- the holidays by the law's rules.
create table holiday (
    day  date        primary key,
    name varchar(50) not null
);

create table holiday_list (
    id           integer      primary key check (id = 1),
    covers_until date         not null,
    loaded_at    timestamptz  not null,
    loaded_by    varchar(64)  not null,
    version      bigint       not null
);
