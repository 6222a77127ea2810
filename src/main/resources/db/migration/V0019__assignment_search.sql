-- The intermediary's search conditions for a deal's facilities: taken from the requirements sheet at first, kept with
-- the deal once changed, so that a reload shows the same candidates.
create table assignment_search (
    deal_id     bigint       primary key references deal (id),
    skill_ids   varchar(1000) not null default '',
    workers     integer      not null check (workers > 0),
    hours       integer      not null check (hours > 0),
    quantity    integer      check (quantity > 0),
    start_on    date         not null,
    end_on      date         not null,
    town        varchar(100),
    saved_by    varchar(64)  not null,
    saved_at    timestamptz  not null
);
