-- Why a hand-off's clock stopped, from a list the admin keeps, each reason charged to a party: the monitor shows what
-- each party's waits added to the lead times.
create table pause_reason (
    code       varchar(32)  primary key,
    label_ja   varchar(100) not null,
    label_en   varchar(100) not null,
    charged_to varchar(16)  not null check (charged_to in ('CUSTOMER', 'COMPANY', 'INTERMEDIARY', 'FACILITY')),
    needs_text boolean      not null default false,
    active     boolean      not null default true,
    sort_order int          not null
);

insert into pause_reason (code, label_ja, label_en, charged_to, needs_text, sort_order) values
    ('CUSTOMER_ANSWER', '顧客の回答待ち', 'Waiting for the customer''s answer', 'CUSTOMER', false, 10),
    ('FACILITY_ANSWER', '事業所の回答待ち', 'Waiting for the facility', 'FACILITY', false, 20),
    ('MATERIALS', '資料・材料の到着待ち', 'Waiting for materials', 'CUSTOMER', false, 30),
    ('OTHER', 'その他（内容を記入）', 'Other (say what)', 'COMPANY', true, 90);

-- Each pause keeps its reason and the party charged as they were when it began, and on resuming the business
-- seconds it added in its clock's calendar. Pauses before this change were all waits for the customer.
alter table sla_clock_pause
    add column reason_code varchar(32) references pause_reason (code),
    add column charged_to varchar(16) not null default 'CUSTOMER'
        check (charged_to in ('CUSTOMER', 'COMPANY', 'INTERMEDIARY', 'FACILITY')),
    add column business_seconds bigint;
update sla_clock_pause set reason_code = 'CUSTOMER_ANSWER';
create index sla_clock_pause_resumed_idx on sla_clock_pause (resumed_at) where resumed_at is not null;
