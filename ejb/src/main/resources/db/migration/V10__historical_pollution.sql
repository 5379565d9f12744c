-- The historical-pollution register (EC art. 142-144; Order No. 329 of 16.08.2021, Order No. 345 of 27.08.2021):
-- objects with their location, ownership and the six assessment items of EC art. 143(4), the lifecycle history,
-- documents, and Kazakhstan's public holidays for the 30-working-day decision period of EC art. 143(5).

create sequence historical_object_seq start with 1000 increment by 50;

create table historical_object (
    id                     bigint         primary key,
    name                   varchar(300)   not null,
    -- location: WGS84 point, optional boundary polygon as GeoJSON, KATO district and its region
    latitude               numeric(9, 6)  not null check (latitude between 40 and 56),
    longitude              numeric(9, 6)  not null check (longitude between 46 and 88),
    boundary_geojson       text,
    district_code          varchar(9)     not null check (district_code ~ '^[0-9]{9}$'),
    region_code            varchar(9)     not null references kato_unit (code),
    type                   varchar(30)    not null check (type in ('CONTAMINATED_TERRITORY', 'CONTAMINATED_WATER_AREA',
                                                                   'OWNERLESS_CONSTRUCTION', 'OWNERLESS_WASTE_SITE')),
    -- origin: the past activity and its period
    origin_activity        text,
    origin_period          varchar(100),
    -- ownership: an owner or balance holder by BIN, or ownerless with the status of the court case
    ownership              varchar(10)    check (ownership in ('OWNED', 'OWNERLESS')),
    owner_bin              varchar(12)    check (owner_bin ~ '^[0-9]{12}$'),
    owner_name             varchar(300),
    court_status           varchar(25)    check (court_status in ('NOT_FILED', 'PENDING', 'RECOGNISED_OWNERLESS', 'REJECTED')),
    works_required         text,
    contractor_bin         varchar(12)    check (contractor_bin ~ '^[0-9]{12}$'),
    contractor_licence     varchar(60),
    survey_started_on      date,
    survey_completed_on    date,
    -- assessment items 2-6 of EC art. 143(4); item 1 (pollutants and wastes) is historical_pollutant
    affected_area_ha       numeric(14, 4) check (affected_area_ha > 0),
    land_category          varchar(30)    check (land_category in ('AGRICULTURAL', 'SETTLEMENT', 'INDUSTRIAL', 'PROTECTED',
                                                                   'FOREST', 'WATER_FUND', 'RESERVE')),
    water_category         varchar(30)    check (water_category in ('NONE', 'SURFACE_WATER', 'GROUNDWATER',
                                                                    'DRINKING_WATER_SOURCE')),
    impact_level           varchar(10)    check (impact_level in ('LOW', 'MODERATE', 'HIGH', 'CRITICAL')),
    migration              boolean        not null default false,
    drinking_water_threat  boolean        not null default false,
    -- true once the assessment answered the question, also when no treaty substance was found
    treaty_assessed        boolean        not null default false,
    population_in_zone     integer        check (population_in_zone >= 0),
    population_under_threat integer       check (population_under_threat >= 0),
    public_description     text,
    -- lifecycle
    status                 varchar(25)    not null check (status in ('IDENTIFIED', 'ASSESSED', 'SUBMITTED_TO_MINISTRY',
                               'INCLUDED', 'REFUSED', 'CATEGORISED', 'LIQUIDATION', 'MONITORING', 'EXCLUDED')),
    status_reason          text,
    received_on            date,
    included_on            date,
    category               integer        check (category between 1 and 3),
    queue_position         integer        check (queue_position >= 1),
    liquidation_stage      varchar(20)    check (liquidation_stage in ('SURVEY', 'PROJECT_APPROVED', 'WORKS', 'ACCEPTANCE_ACT')),
    liquidation_started_on date,
    project_approved_on    date,
    works_started_on       date,
    acceptance_act_on      date,
    monitoring_started_on  date,
    out_of_queue_justification text,
    demo                   boolean        not null default false,
    created_at             timestamptz    not null,
    created_by             varchar(100)   not null,
    updated_at             timestamptz    not null,
    updated_by             varchar(100)   not null,
    version                integer        not null default 0,
    check (substr(district_code, 1, 2) = substr(region_code, 1, 2)),
    check (ownership is distinct from 'OWNED' or owner_bin is not null),
    check (status not in ('CATEGORISED', 'LIQUIDATION', 'MONITORING') or (category is not null and queue_position is not null)),
    check (status <> 'LIQUIDATION' or liquidation_stage is not null)
);

create index historical_object_region_idx on historical_object (region_code, status);
create index historical_object_status_idx on historical_object (status);

create sequence historical_pollutant_seq start with 1000 increment by 50;

-- EC art. 143(4) item 1: volumes or masses by type, each with its own unit; never summed across units
create table historical_pollutant (
    id         bigint         primary key,
    object_id  bigint         not null references historical_object (id) on delete cascade,
    sort_order integer        not null,
    kind       varchar(10)    not null check (kind in ('SUBSTANCE', 'WASTE')),
    code       varchar(60)    not null,
    medium     varchar(15)    not null check (medium in ('SOIL', 'SURFACE_WATER', 'GROUNDWATER')),
    amount     numeric(18, 3) not null check (amount > 0),
    unit       varchar(5)     not null check (unit in ('T', 'KG', 'M3'))
);

create index historical_pollutant_object_idx on historical_pollutant (object_id);

-- EC art. 143(4) item 4: hazardous substances under international treaties
create table historical_treaty_substance (
    object_id  bigint       not null references historical_object (id) on delete cascade,
    sort_order integer      not null,
    substance  varchar(200) not null,
    treaty     varchar(15)  not null check (treaty in ('STOCKHOLM', 'MINAMATA', 'ROTTERDAM', 'BASEL')),
    primary key (object_id, sort_order)
);

create sequence historical_event_seq start with 1000 increment by 50;

-- every change of state: who, when, from, to and why
create table historical_event (
    id          bigint       primary key,
    object_id   bigint       not null references historical_object (id) on delete cascade,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(25)  not null,
    from_status varchar(25),
    to_status   varchar(25),
    comment     text
);

create index historical_event_object_idx on historical_event (object_id, at);

create sequence historical_document_seq start with 1000 increment by 50;

-- PDF, PNG or JPEG up to 5 MB, the type checked by the file's first bytes; internal ones never reach the public page
create table historical_document (
    id           bigint       primary key,
    object_id    bigint       not null references historical_object (id) on delete cascade,
    name         varchar(255) not null,
    content_type varchar(20)  not null check (content_type in ('application/pdf', 'image/png', 'image/jpeg')),
    size_bytes   integer      not null check (size_bytes between 1 and 5242880),
    content      bytea        not null,
    internal     boolean      not null default true,
    uploaded_at  timestamptz  not null,
    uploaded_by  varchar(100) not null
);

create index historical_document_object_idx on historical_document (object_id);

-- Non-working public holidays (Labour Code art. 84, Law on holidays): reference data an administrator corrects,
-- e.g. adds a day off moved by government decree. Weekends are non-working without being listed here.
create table public_holiday (
    day     date primary key,
    name_kk text    not null,
    name_ru text    not null,
    name_en text    not null,
    version integer not null default 0
);

insert into public_holiday (day, name_kk, name_ru, name_en)
select d::date, h.kk, h.ru, h.en
from (values
    ('01-01', 'Жаңа жыл', 'Новый год', 'New Year'),
    ('01-02', 'Жаңа жыл', 'Новый год', 'New Year'),
    ('01-07', 'Православиелік Рождество', 'Православное Рождество', 'Orthodox Christmas'),
    ('03-08', 'Халықаралық әйелдер күні', 'Международный женский день', 'International Women''s Day'),
    ('03-21', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),
    ('03-22', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),
    ('03-23', 'Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),
    ('05-01', 'Қазақстан халқының бірлігі мерекесі', 'Праздник единства народа Казахстана', 'Day of Unity of the People of Kazakhstan'),
    ('05-07', 'Отан қорғаушы күні', 'День защитника Отечества', 'Defender of the Fatherland Day'),
    ('05-09', 'Жеңіс күні', 'День Победы', 'Victory Day'),
    ('07-06', 'Астана күні', 'День столицы', 'Capital City Day'),
    ('08-30', 'Конституция күні', 'День Конституции', 'Constitution Day'),
    ('10-25', 'Республика күні', 'День Республики', 'Republic Day'),
    ('12-16', 'Тәуелсіздік күні', 'День Независимости', 'Independence Day')
) as h(md, kk, ru, en)
cross join (values (2025), (2026), (2027)) as y(year)
cross join lateral (select (y.year || '-' || h.md) as d) as dates;

-- Kurban Ait: the first day, fixed each year by the lunar calendar
insert into public_holiday (day, name_kk, name_ru, name_en) values
('2025-06-06', 'Құрбан айт', 'Курбан айт', 'Kurban Ait'),
('2026-05-27', 'Құрбан айт', 'Курбан айт', 'Kurban Ait'),
('2027-05-16', 'Құрбан айт', 'Курбан айт', 'Kurban Ait');
