-- Repeated wrong passwords lock the account for a while (counted per user, shared by every node).
alter table app_user add column failed_logins integer not null default 0;
alter table app_user add column locked_until timestamptz;

-- Who changed what: deals, facility assignments, SLA policies, logins. Written in the same transaction as the
-- change, so an entry exists exactly when the change does; never updated or deleted by the application.
create table audit_entry (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null,
    actor       varchar(64)  not null,
    kind        varchar(16)  not null check (kind in ('DEAL', 'ASSIGNMENT', 'SLA_POLICY', 'LOGIN')),
    entity_id   bigint,
    deal_id     bigint,
    action      varchar(32)  not null,
    detail      varchar(2000) not null default ''
);
create index audit_entry_at on audit_entry (at desc);
create index audit_entry_deal on audit_entry (deal_id, at desc) where deal_id is not null;
