-- Organisations (by BIN), their facilities, portal users and the links that scope what each user sees.

create sequence organisation_seq start with 1000 increment by 50;
create sequence facility_seq start with 1000 increment by 50;

create table organisation (
    id         bigint       primary key,
    bin        varchar(12)  not null unique check (bin ~ '^[0-9]{12}$'),
    name_kk    varchar(300) not null,
    name_ru    varchar(300) not null,
    name_en    varchar(300) not null,
    kato_code  varchar(9)   not null references kato_unit (code),
    address    varchar(500),
    demo       boolean      not null default false,
    created_at timestamptz  not null default now(),
    created_by varchar(100) not null,
    version    integer      not null default 0
);

create index organisation_kato_idx on organisation (kato_code);
create index organisation_name_ru_idx on organisation (lower(name_ru));

create table organisation_activity (
    organisation_id bigint      not null references organisation (id) on delete cascade,
    activity        varchar(30) not null check (activity in ('COLLECTOR', 'FACILITY_OPERATOR', 'HAZARDOUS_GENERATOR', 'LICENSED_PROCESSOR')),
    primary key (organisation_id, activity)
);

create table facility (
    id              bigint        primary key,
    organisation_id bigint        not null references organisation (id),
    name            varchar(300)  not null,
    type            varchar(20)   not null check (type in ('SORTING', 'RECYCLING', 'COMPOSTING', 'ENERGY_RECOVERY', 'LANDFILL', 'PRODUCTION_SITE')),
    kato_code       varchar(9)    not null references kato_unit (code),
    latitude        numeric(9, 6) check (latitude between 40 and 56),
    longitude       numeric(9, 6) check (longitude between 46 and 88),
    landfill_class  integer       references landfill_class (code),
    design_capacity numeric(14, 3) check (design_capacity >= 0),
    env_category    varchar(3)    references environmental_category (code),
    active          boolean       not null default true,
    version         integer       not null default 0,
    check (type <> 'LANDFILL' or landfill_class is not null)
);

create index facility_organisation_idx on facility (organisation_id);

create table portal_user (
    username     varchar(100) primary key,
    display_name varchar(200),
    locale       varchar(5)   check (locale in ('kk', 'ru', 'en')),
    region_code  varchar(9)   references kato_unit (code),
    version      integer      not null default 0
);

create table user_organisation (
    username        varchar(100) not null references portal_user (username) on delete cascade,
    organisation_id bigint       not null references organisation (id),
    primary key (username, organisation_id)
);

create table reporting_deadline (
    form_code    varchar(30) primary key,
    due_month    integer     not null check (due_month between 1 and 12),
    due_day      integer     not null check (due_day between 1 and 31),
    years_after  integer     not null default 1,
    name_kk      text        not null,
    name_ru      text        not null,
    name_en      text        not null,
    legal_basis  text
);

-- DOMAIN §3 and §4: the statistical forms are due by 1 February, the hazardous-waste inventory by 1 March (EC art. 347).
insert into reporting_deadline (form_code, due_month, due_day, name_kk, name_ru, name_en, legal_basis) values
('waste-1', 2, 1, 'қалдықтар-1: коммуналдық қалдықтарды жинау және шығару туралы есеп', '1-отходы: отчёт о сборе и вывозе коммунальных отходов', 'waste-1: report on the collection and removal of municipal waste', 'Bureau of National Statistics, annual'),
('waste-2', 2, 1, 'қалдықтар-2: коммуналдық қалдықтарды қайта өңдеу, сұрыптау, кәдеге жарату және көму туралы есеп', '2-отходы: отчёт о переработке, сортировке, утилизации и захоронении коммунальных отходов', 'waste-2: report on the processing, sorting, utilisation and burial of municipal waste', 'Bureau of National Statistics, annual'),
('hazardous-inventory', 3, 1, 'Қауіпті қалдықтарды түгендеу туралы жылдық есеп', 'Годовой отчёт по инвентаризации опасных отходов', 'Annual hazardous-waste inventory report', 'Ecological Code art. 347');

create sequence audit_entry_seq start with 1 increment by 50;

create table audit_entry (
    id          bigint       primary key,
    at          timestamptz  not null default now(),
    actor       varchar(100) not null,
    action      varchar(60)  not null,
    entity_type varchar(60)  not null,
    entity_id   varchar(60)  not null,
    detail      text
);

create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);
