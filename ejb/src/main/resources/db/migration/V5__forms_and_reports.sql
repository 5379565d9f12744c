-- Statistical forms as versioned data (DOMAIN §3): a form version holds its sections, lines, detail tables and rule
-- catalogue; a report is always rendered and validated under the version it was filed with.

create table form (
    code    varchar(30) primary key,
    subject varchar(10) not null check (subject in ('REGION', 'FACILITY')),
    name_kk text        not null,
    name_ru text        not null,
    name_en text        not null
);

create sequence form_version_seq start with 1000 increment by 50;

create table form_version (
    id              bigint      primary key,
    form_code       varchar(30) not null references form (code),
    version         varchar(20) not null,
    first_year      integer     not null,
    last_year       integer,
    legal_basis     text        not null,
    -- prior-year thresholds live in the form version, not in code (DOMAIN §3)
    change_warning_percent     numeric(6, 2) not null default 25,
    change_acknowledge_percent numeric(6, 2) not null default 50,
    unique (form_code, version),
    check (last_year is null or last_year >= first_year)
);

create table form_section (
    form_version_id bigint      not null references form_version (id),
    code            varchar(10) not null,
    sort_order      integer     not null,
    name_kk         text        not null,
    name_ru         text        not null,
    name_en         text        not null,
    primary key (form_version_id, code)
);

create table form_line (
    form_version_id bigint      not null references form_version (id),
    code            varchar(10) not null,
    section_code    varchar(10) not null,
    parent_code     varchar(10),
    unit            varchar(10) not null check (unit in ('t', 'persons', 'count', 'm3')),
    sort_order      integer     not null,
    name_kk         text        not null,
    name_ru         text        not null,
    name_en         text        not null,
    primary key (form_version_id, code),
    foreign key (form_version_id, section_code) references form_section (form_version_id, code)
);

create table form_detail_table (
    form_version_id bigint      not null references form_version (id),
    code            varchar(20) not null,
    counterparty    varchar(12) not null check (counterparty in ('FACILITY', 'ORGANISATION')),
    categories      text,
    sort_order      integer     not null,
    name_kk         text        not null,
    name_ru         text        not null,
    name_en         text        not null,
    primary key (form_version_id, code)
);

create table form_rule (
    form_version_id bigint      not null references form_version (id),
    id              varchar(40) not null,
    kind            varchar(30) not null,
    severity        varchar(10) not null check (severity in ('ERROR', 'WARNING', 'INFO')),
    params          text        not null default '',
    sort_order      integer     not null,
    message_kk      text        not null,
    message_ru      text        not null,
    message_en      text        not null,
    active          boolean     not null default true,
    primary key (form_version_id, id)
);

create sequence report_seq start with 1000 increment by 50;

create table report (
    id                 bigint      primary key,
    form_version_id    bigint      not null references form_version (id),
    form_code          varchar(30) not null references form (code),
    organisation_id    bigint      not null references organisation (id),
    reporting_year     integer     not null check (reporting_year between 2000 and 2100),
    region_code        varchar(9)  references kato_unit (code),
    facility_id        bigint      references facility (id),
    status             varchar(15) not null check (status in ('DRAFT', 'SUBMITTED', 'UNDER_REVIEW', 'RETURNED', 'APPROVED', 'SUPERSEDED')),
    correction_no      integer     not null default 0,
    previous_id        bigint      references report (id),
    late               boolean     not null default false,
    created_at         timestamptz not null,
    created_by         varchar(100) not null,
    updated_at         timestamptz not null,
    updated_by         varchar(100) not null,
    submitted_at       timestamptz,
    submitted_by       varchar(100),
    decided_at         timestamptz,
    decided_by         varchar(100),
    demo               boolean     not null default false,
    lock_version       integer     not null default 0,
    check ((form_code = 'waste-1' and region_code is not null) or (form_code <> 'waste-1' and facility_id is not null))
);

-- one live report per respondent, form, year and subject; superseded versions stay for history and diff
create unique index report_live_uq on report (organisation_id, form_code, reporting_year, coalesce(region_code, ''), coalesce(facility_id, 0))
    where status <> 'SUPERSEDED';
create index report_inbox_idx on report (region_code, form_code, reporting_year, status);
create index report_facility_idx on report (facility_id, reporting_year);

create table report_value (
    report_id bigint         not null references report (id) on delete cascade,
    line_code varchar(10)    not null,
    value     numeric(16, 3) not null,
    primary key (report_id, line_code)
);

create sequence report_detail_row_seq start with 1000 increment by 50;

create table report_detail_row (
    id                bigint         primary key,
    report_id         bigint         not null references report (id) on delete cascade,
    table_code        varchar(20)    not null,
    sort_order        integer        not null,
    counterparty_bin  varchar(12),
    facility_id       bigint         references facility (id),
    counterparty_name varchar(300),
    category          varchar(30),
    tonnes            numeric(16, 3) check (tonnes >= 0)
);

create index report_detail_row_report_idx on report_detail_row (report_id);

create table report_explanation (
    report_id bigint       not null references report (id) on delete cascade,
    rule_id   varchar(40)  not null,
    line_code varchar(10)  not null default '',
    text      text         not null,
    written_by varchar(100) not null,
    written_at timestamptz not null,
    primary key (report_id, rule_id, line_code)
);

create sequence report_event_seq start with 1000 increment by 50;

-- every transition and every change of a line value: who, when, from which state, why (DOMAIN §3, rule 5)
create table report_event (
    id          bigint       primary key,
    report_id   bigint       not null references report (id) on delete cascade,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(20)  not null,
    from_status varchar(15),
    to_status   varchar(15),
    line_code   varchar(10),
    old_value   numeric(16, 3),
    new_value   numeric(16, 3),
    comment     text
);

create index report_event_report_idx on report_event (report_id, at);
