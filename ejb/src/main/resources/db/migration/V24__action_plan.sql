-- The Action Plan of the Waste Concept 2026-2030 (annex to Government Resolution No. 1201 of 31.12.2025, DOMAIN §6):
-- its 20 rows grouped by direction, the yearly reports on each row (national for the ministry's rows, one per region
-- for the akimat rows 9, 10, 11 and 14), their history and evidence, and the ministry's steps of the annual chain
-- (resolution §2-4: executors to MENR by 1 April, MENR to MNE by 1 May, then to the Government Office by 15 June).

create table plan_direction (
    code         varchar(5)  primary key,
    sort_order   integer     not null unique,
    name_kk      text        not null,
    name_ru      text        not null,
    name_en      text        not null,
    -- the Concept's target indicators the direction serves (numbers of DOMAIN §6), e.g. '2,3'; none for the key direction
    indicators   varchar(20) check (indicators ~ '^[1-5](,[1-5])*$'),
    indicator_kk text,
    indicator_ru text,
    indicator_en text
);

create table plan_item (
    number         varchar(5)  primary key check (number ~ '^[0-9]{1,2}(\.[0-9])?$'),
    sort_order     integer     not null unique,
    direction_code varchar(5)  not null references plan_direction (code),
    name_kk        text        not null,
    name_ru        text        not null,
    name_en        text        not null,
    form_kk        text        not null,
    form_ru        text        not null,
    form_en        text        not null,
    deadline_kk    text        not null,
    deadline_ru    text        not null,
    deadline_en    text        not null,
    responsible_kk text        not null,
    responsible_ru text        not null,
    responsible_en text        not null,
    -- the end of the deadline period ("H1 2026" -> 2026-06-30); annual rows have none: each year is due 1 April after it
    due_date       date,
    annual         boolean     not null,
    -- reported by every akimat for its own region every year
    akimat         boolean     not null,
    check (annual = (due_date is null))
);

create sequence plan_report_seq start with 1000 increment by 50;

-- a row's report for a reporting year: national (region null) for the ministry's rows, per region for akimat rows
create table plan_report (
    id          bigint       primary key,
    item_number varchar(5)   not null references plan_item (number),
    year        integer      not null check (year between 2026 and 2030),
    region_code varchar(9)   references kato_unit (code),
    status      varchar(12)  not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE')),
    progress    text,
    demo        boolean      not null default false,
    created_at  timestamptz  not null,
    created_by  varchar(100) not null,
    updated_at  timestamptz  not null,
    updated_by  varchar(100) not null,
    version     integer      not null default 0
);

create unique index plan_report_key on plan_report (item_number, year, coalesce(region_code, ''));
create index plan_report_year_idx on plan_report (year, item_number);

create sequence plan_report_event_seq start with 1000 increment by 50;

-- who changed a report when, from which status to which, with the text they gave; never changed
create table plan_report_event (
    id          bigint       primary key,
    report_id   bigint       not null references plan_report (id) on delete cascade,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(20)  not null check (action in ('REPORTED', 'UPDATED', 'EVIDENCE_ADDED')),
    from_status varchar(12),
    to_status   varchar(12),
    text        text
);

create index plan_report_event_report_idx on plan_report_event (report_id, at);

create sequence plan_evidence_seq start with 1000 increment by 50;

-- evidence documents: PDF, DOCX, XLSX, PNG or JPEG up to 5 MB, the type told by the file's content
create table plan_evidence (
    id           bigint       primary key,
    report_id    bigint       not null references plan_report (id) on delete cascade,
    name         varchar(255) not null,
    content_type varchar(100) not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg',
                     'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                     'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')),
    size_bytes   integer      not null check (size_bytes between 1 and 5242880),
    content      bytea        not null,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(100) not null
);

create index plan_evidence_report_idx on plan_evidence (report_id);

-- steps 2 (MENR -> MNE by 1 May) and 3 (-> Government Office by 15 June) of a reporting year, recorded by the ministry
create table plan_chain_step (
    year          integer      not null check (year between 2026 and 2030),
    step          integer      not null check (step in (2, 3)),
    done_on       date         not null,
    letter_number varchar(60),
    note          text,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(100) not null,
    primary key (year, step)
);
