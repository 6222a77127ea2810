-- Accounts an office keeps itself: who a person is (kana reading, phone, organisation, language), whether they must
-- choose a new password at their next login, and when the account was made. Users are never deleted: history keeps
-- their names; an admin disables them instead.
alter table app_user add column kana varchar(100);
alter table app_user add column phone varchar(20);
alter table app_user add column organisation varchar(100);
alter table app_user add column language varchar(2) not null default 'ja' check (language in ('ja', 'en'));
alter table app_user add column must_change_password boolean not null default false;
alter table app_user add column created_at timestamptz not null default now();

-- Account changes go in the audit log too.
alter table audit_entry drop constraint audit_entry_kind_check;
alter table audit_entry add constraint audit_entry_kind_check
    check (kind in ('DEAL', 'ASSIGNMENT', 'SLA_POLICY', 'LOGIN', 'USER', 'CALENDAR'));
