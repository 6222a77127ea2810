-- Open clocks counted by stage, kind of work, organisation and state, exact at every moment: each change of an
-- open clock appends a +1/-1 row to sla_open_delta (appends never wait on each other), and the SLA sweep folds the
-- deltas into sla_open_count every 30 s. A count is the sum of both, a few hundred rows whatever the number of
-- open clocks: the live process map reads it on every refresh.
create table sla_open_count (
    stage         varchar(16) not null,
    work_category varchar(16) not null,
    party         varchar(16) not null,
    state         varchar(16) not null,
    n             bigint      not null,
    primary key (stage, work_category, party, state)
);

create table sla_open_delta (
    stage         varchar(16) not null,
    work_category varchar(16) not null,
    party         varchar(16) not null,
    state         varchar(16) not null,
    d             integer     not null
);

create function sla_open_delta_record() returns trigger language plpgsql as $$
declare
    moved boolean := tg_op = 'UPDATE' and (old.stage, old.work_category, old.party, old.state)
        is distinct from (new.stage, new.work_category, new.party, new.state);
begin
    if tg_op in ('UPDATE', 'DELETE') and old.stopped_at is null
            and (tg_op = 'DELETE' or new.stopped_at is not null or moved) then
        insert into sla_open_delta values (old.stage, old.work_category, old.party, old.state, -1);
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.stopped_at is null
            and (tg_op = 'INSERT' or old.stopped_at is not null or moved) then
        insert into sla_open_delta values (new.stage, new.work_category, new.party, new.state, 1);
    end if;
    return null;
end
$$;

create trigger sla_clock_open_count after insert or update or delete on sla_clock
    for each row execute function sla_open_delta_record();

insert into sla_open_count (stage, work_category, party, state, n)
select stage, work_category, party, state, count(*) from sla_clock where stopped_at is null group by 1, 2, 3, 4;
