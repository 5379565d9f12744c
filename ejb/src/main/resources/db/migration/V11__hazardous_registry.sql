-- The hazardous-waste generator registry (DOMAIN §4): generators and their facilities, passports (EC art. 343),
-- licences (EC art. 336) and notifications (EC art. 337), and the annual inventory (EC art. 347) as a form of the one
-- filing machinery: one report per facility, year and waste code, reviewed by the ministry.

-- Who reviews a form's reports, and whether a report is per waste code as well as per facility.
alter table form add column reviewer_role varchar(10) not null default 'akimat' check (reviewer_role in ('akimat', 'ministry'));
alter table form add column per_waste_code boolean not null default false;

alter table report add column waste_code varchar(8) references waste_code (code);
drop index report_live_uq;
create unique index report_live_uq on report (organisation_id, form_code, reporting_year, coalesce(region_code, ''),
    coalesce(facility_id, 0), coalesce(waste_code, '')) where status <> 'SUPERSEDED';
create index report_waste_code_idx on report (waste_code, reporting_year);

-- Generators: one registration per organisation, with the facilities it declares.
create sequence hazardous_generator_seq start with 1000 increment by 50;

create table hazardous_generator (
    id              bigint       primary key,
    organisation_id bigint       not null unique references organisation (id),
    status          varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'REGISTERED', 'RETURNED')),
    registry_no     varchar(30)  unique,
    contact         varchar(300),
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    submitted_at    timestamptz,
    decided_at      timestamptz,
    decided_by      varchar(100),
    decision_comment text,
    demo            boolean      not null default false,
    lock_version    integer      not null default 0
);

create table hazardous_generator_facility (
    generator_id bigint not null references hazardous_generator (id) on delete cascade,
    facility_id  bigint not null references facility (id),
    primary key (generator_id, facility_id)
);

create sequence hazardous_event_seq start with 1000 increment by 50;

-- every step of a registration or a passport: who, when, from which state, why
create table hazardous_event (
    id          bigint       primary key,
    entity_type varchar(12)  not null check (entity_type in ('GENERATOR', 'PASSPORT', 'PERMIT')),
    entity_id   bigint       not null,
    at          timestamptz  not null,
    actor       varchar(100) not null,
    action      varchar(20)  not null,
    from_status varchar(12),
    to_status   varchar(12),
    comment     text
);

create index hazardous_event_entity_idx on hazardous_event (entity_type, entity_id, at);

-- Passports: one per hazardous waste type and facility; a revision is a new version, the old ones stay.
create sequence hazardous_passport_seq start with 1000 increment by 50;

create table hazardous_passport (
    id                    bigint       primary key,
    facility_id           bigint       not null references facility (id),
    waste_code            varchar(8)   not null references waste_code (code),
    version_no            integer      not null check (version_no >= 1),
    current_version       boolean      not null,
    withdrawn             boolean      not null default false,
    waste_name            varchar(500) not null,
    origin_kind           varchar(15)  not null check (origin_kind in ('PROCESS', 'SPENT_PRODUCT')),
    origin                text         not null,
    product_name          varchar(300),
    lab_name              varchar(300),
    lab_protocol_no       varchar(60),
    lab_protocol_date     date,
    management_methods    text,
    precautions           text,
    transport_requirements text,
    emergency_measures    text,
    extra_information     text,
    first_generated       date         not null,
    filed_on              date         not null,
    late                  boolean      not null,
    revision_reason       text,
    created_at            timestamptz  not null,
    created_by            varchar(100) not null,
    demo                  boolean      not null default false,
    check (version_no = 1 or revision_reason is not null)
);

create unique index hazardous_passport_version_uq on hazardous_passport (facility_id, waste_code, version_no);
create unique index hazardous_passport_current_uq on hazardous_passport (facility_id, waste_code) where current_version;

create table hazardous_passport_property (
    passport_id   bigint     not null references hazardous_passport (id) on delete cascade,
    property_code varchar(4) not null references hazardous_property (code),
    primary key (passport_id, property_code)
);

create index hazardous_passport_property_idx on hazardous_passport_property (property_code);

create table hazardous_passport_component (
    passport_id bigint        not null references hazardous_passport (id) on delete cascade,
    sort_order  integer       not null,
    component   varchar(300)  not null,
    percent     numeric(7, 4) not null check (percent > 0 and percent <= 100),
    primary key (passport_id, sort_order)
);

-- Licences (EC art. 336) and notifications (EC art. 337) of the organisations that take waste over.
create sequence waste_permit_seq start with 1000 increment by 50;

create table waste_permit (
    id              bigint       primary key,
    kind            varchar(12)  not null check (kind in ('LICENCE', 'NOTIFICATION')),
    organisation_id bigint       not null references organisation (id),
    number          varchar(60)  not null,
    valid_from      date         not null,
    valid_to        date,
    status          varchar(10)  not null check (status in ('ACTIVE', 'SUSPENDED', 'REVOKED')),
    issued_by       varchar(300),
    created_at      timestamptz  not null,
    created_by      varchar(100) not null,
    demo            boolean      not null default false,
    lock_version    integer      not null default 0,
    unique (kind, number),
    check (valid_to is null or valid_to >= valid_from)
);

create index waste_permit_organisation_idx on waste_permit (organisation_id);

create table waste_permit_operation (
    permit_id bigint      not null references waste_permit (id) on delete cascade,
    operation varchar(12) not null check (operation in ('RECOVERY', 'DISPOSAL', 'COLLECTION', 'TRANSPORT')),
    primary key (permit_id, operation)
);

create table waste_permit_code (
    permit_id  bigint     not null references waste_permit (id) on delete cascade,
    waste_code varchar(8) not null references waste_code (code),
    primary key (permit_id, waste_code)
);

create index waste_permit_code_idx on waste_permit_code (waste_code);

-- The annual inventory as a form: lines per facility, year and waste code, two detail tables.
insert into form (code, subject, name_kk, name_ru, name_en, reviewer_role, per_waste_code) values
('hazardous-inventory', 'FACILITY', 'Қауіпті қалдықтарды түгендеу туралы жылдық есеп', 'Годовой отчёт по инвентаризации опасных отходов',
 'Annual hazardous-waste inventory report', 'ministry', true);

insert into form_version (id, form_code, version, first_year, last_year, legal_basis) values
(3, 'hazardous-inventory', '2026', 2020, null, 'Ecological Code of 2 January 2021 No. 400-VI, art. 347 (layout of the portal, version 2026)');

insert into form_section (form_version_id, code, sort_order, name_kk, name_ru, name_en) values
(3, 'H1', 1, 'Кезең басындағы қалдық', 'Остаток на начало года', 'Opening stock'),
(3, 'H2', 2, 'Түзілді және қабылданды', 'Образовано и получено', 'Generated and received'),
(3, 'H3', 3, 'Берілді, кәдеге жаратылды, жойылды', 'Передано, утилизировано, удалено', 'Transferred, recovered, disposed of'),
(3, 'H4', 4, 'Кезең соңындағы қалдық', 'Остаток на конец года', 'Closing stock');

insert into form_line (form_version_id, code, section_code, parent_code, unit, sort_order, name_kk, name_ru, name_en) values
(3, '100', 'H1', null, 't', 1, '1 қаңтардағы қалдық', 'Остаток на 1 января', 'Stock at 1 January'),
(3, '110', 'H2', null, 't', 2, 'Жыл ішінде түзілді', 'Образовано за год', 'Generated in the year'),
(3, '120', 'H2', null, 't', 3, 'Басқа ұйымдардан қабылданды (кімнен — 1-кесте)', 'Получено от других организаций (от кого — таблица 1)', 'Received from other organisations (from whom: table 1)'),
(3, '130', 'H3', null, 't', 4, 'Басқа ұйымдарға берілді (кімге — 2-кесте)', 'Передано другим организациям (кому — таблица 2)', 'Transferred to other organisations (to whom: table 2)'),
(3, '140', 'H3', null, 't', 5, 'Объектіде кәдеге жаратылды (R)', 'Утилизировано на объекте (R)', 'Recovered on site (R)'),
(3, '150', 'H3', null, 't', 6, 'Объектіде жойылды (D)', 'Удалено на объекте (D)', 'Disposed of on site (D)'),
(3, '160', 'H4', null, 't', 7, '31 желтоқсандағы қалдық', 'Остаток на 31 декабря', 'Stock at 31 December');

insert into form_detail_table (form_version_id, code, counterparty, categories, sort_order, name_kk, name_ru, name_en) values
(3, 'RECEIVED', 'ORGANISATION', null, 1, '1-кесте. Қабылданды (кімнен, БСН)', 'Таблица 1. Получено (от кого, БИН)', 'Table 1. Received (from whom, BIN)'),
(3, 'TRANSFERRED', 'FACILITY', 'RECOVERY,DISPOSAL,COLLECTION,TRANSPORT', 2, '2-кесте. Берілді (кімге, БСН, операция)', 'Таблица 2. Передано (кому, БИН, операция)', 'Table 2. Transferred (to whom, BIN, operation)');

insert into form_rule (form_version_id, id, kind, severity, params, sort_order, message_kk, message_ru, message_en) values
(3, 'H-NONNEG', 'NON_NEGATIVE', 'ERROR', 'lines=*', 1,
 '{line} жолы ({label}) теріс болмауы керек: {value} {unit}.',
 'Строка {line} ({label}) не может быть отрицательной: {value} {unit}.',
 'Line {line} ({label}) cannot be negative: {value} {unit}.'),
(3, 'H-REQ', 'REQUIRED', 'ERROR', 'lines=110,160', 2,
 '{line} жолы ({label}) толтырылуы керек (қалдық болмаса — 0).',
 'Строка {line} ({label}) должна быть заполнена (0, если отходов не было).',
 'Line {line} ({label}) must be filled in (0 if there was none).'),
(3, 'H-RECEIVED', 'DETAIL_SUM', 'ERROR', 'table=RECEIVED;line=120;tolerancePercent=0.1', 3,
 '1-кестедегі жолдар ({expected} т) {line} жолына ({value} т) тең емес.',
 'Строки таблицы 1 ({expected} т) не равны строке {line} ({value} т).',
 'The rows of table 1 ({expected} t) do not add up to line {line} ({value} t).'),
(3, 'H-TRANSFERRED', 'DETAIL_SUM', 'ERROR', 'table=TRANSFERRED;line=130;tolerancePercent=0.1', 4,
 '2-кестедегі жолдар ({expected} т) {line} жолына ({value} т) тең емес.',
 'Строки таблицы 2 ({expected} т) не равны строке {line} ({value} т).',
 'The rows of table 2 ({expected} t) do not add up to line {line} ({value} t).'),
(3, 'H-BALANCE', 'COMPARISON', 'WARNING', 'left=100,110,120;right=130,140,150,160;operator=EQ;tolerancePercent=1;errorAbovePercent=5;line=160', 5,
 'Масса балансы: қалдық, түзілген және қабылданған ({value} т) берілген, кәдеге жаратылған, жойылған және қалдыққа ({expected} т) {percent} %-ға сәйкес келмейді (шегі {limit} %).',
 'Баланс масс: остаток, образовано и получено ({value} т) расходятся с переданным, утилизированным, удалённым и остатком ({expected} т) на {percent} % (предел {limit} %).',
 'Mass balance: stock, generated and received ({value} t) differ from transferred, recovered, disposed of and closing stock ({expected} t) by {percent} % (limit {limit} %).'),
(3, 'H-PASSPORT', 'SUBJECT_REGISTERED', 'ERROR', 'key=wasteCode;fact=activePassport;when=wasteHazardous;line=110', 6,
 '{header}* қауіпті қалдығының осы объектіде белсенді паспорты жоқ (ЭК 343-бап).',
 'У опасного отхода {header}* нет действующего паспорта этого объекта (ст. 343 ЭК).',
 'The hazardous waste {header}* has no active passport of this facility (EC art. 343).'),
(3, 'H-LICENCE', 'COUNTERPARTY_REGISTERED', 'ERROR', 'table=TRANSFERRED;categories=RECOVERY,DISPOSAL;fact=licensed;when=wasteHazardous;line=130', 7,
 '{counterparty} алушының есепті жылы {header}* кодына және осы операцияға лицензиясы жоқ (ЭК 336-бап).',
 'У получателя {counterparty} нет лицензии на код {header}* и эту операцию в отчётном году (ст. 336 ЭК).',
 'The receiver {counterparty} holds no licence for code {header}* and this operation in the reporting year (EC art. 336).'),
(3, 'H-NOTIFICATION', 'COUNTERPARTY_REGISTERED', 'ERROR', 'table=TRANSFERRED;categories=COLLECTION,TRANSPORT;fact=notified;when=wasteHazardous;line=130', 8,
 '{counterparty} жинаушы/тасымалдаушы есепті жылы {header}* кодына хабарламалар тізілімінде жоқ (ЭК 337-бап).',
 'Сборщик или перевозчик {counterparty} не состоит в реестре уведомлений по коду {header}* в отчётном году (ст. 337 ЭК).',
 'The collector or transporter {counterparty} is not in the notification register for code {header}* in the reporting year (EC art. 337).'),
(3, 'H-LANDFILL', 'COUNTERPARTY_CLASS', 'ERROR', 'table=TRANSFERRED;fact=landfillClass;allowedClasses=1;when=wasteHazardous;line=130', 9,
 'Қауіпті қалдық {counterparty} полигонына берілді, ол {category}-сынып; тек 1-сынып рұқсат етілген (ЭК 349-бап).',
 'Опасные отходы переданы на полигон {counterparty} класса {category}; допускается только класс 1 (ст. 349 ЭК).',
 'Hazardous waste went to the landfill {counterparty}, which is class {category}; only class 1 is allowed (EC art. 349).'),
(3, 'H-PRTR', 'DETAIL_THRESHOLD', 'INFO', 'table=TRANSFERRED;above=2;header=otherHazardousTransfers;when=wasteHazardous;line=130', 10,
 'Жылына берілген қауіпті қалдықтар {value} т, яғни {limit} т-дан асады: түзуші ластағыштар шығарындылары мен тасымалдары тіркелімі үшін белгіленеді (ЭК 22-бап).',
 'Передано опасных отходов за год {value} т, больше {limit} т: образователь отмечается для регистра выбросов и переноса загрязнителей (ст. 22 ЭК).',
 'Hazardous waste transferred in the year is {value} t, above {limit} t: the generator is marked for the pollutant release and transfer register (EC art. 22).'),
(3, 'H-MAGNITUDE', 'MAGNITUDE_PRIOR_YEAR', 'WARNING', 'lines=*;low=900;high=1100', 11,
 '{line} жолы ({value} т) өткен жылғыдан ({prior} т) шамамен 1000 есе ерекшеленеді: килограммен енгізген жоқсыз ба?',
 'Строка {line} ({value} т) отличается от прошлогодней ({prior} т) примерно в 1000 раз: не введены ли килограммы?',
 'Line {line} ({value} t) is about 1000 times last year''s ({prior} t): did you enter kilograms?'),
(3, 'H-CHANGE-25', 'CHANGE_PRIOR_YEAR', 'WARNING', 'lines=*;abovePercent=25;upToPercent=50', 12,
 '{line} жолы ({label}) өткен жылғы бекітілген мәннен ({prior} т) {percent} %-ға өзгерді: {value} т. Себебін түсіндіріңіз.',
 'Строка {line} ({label}) изменилась на {percent} % к утверждённому значению прошлого года ({prior} т): {value} т. Поясните причину.',
 'Line {line} ({label}) changed by {percent} % against last year''s approved value ({prior} t): {value} t. Explain why.'),
(3, 'H-CHANGE-50', 'CHANGE_PRIOR_YEAR', 'WARNING', 'lines=*;abovePercent=50;acknowledge=true', 13,
 '{line} жолы ({label}) өткен жылғыдан ({prior} т) {percent} %-ға өзгерді: {value} т. Тексеруші әр жолды растауы керек.',
 'Строка {line} ({label}) изменилась на {percent} % к прошлому году ({prior} т): {value} т. Проверяющий должен подтвердить каждую строку.',
 'Line {line} ({label}) changed by {percent} % against last year ({prior} t): {value} t. The reviewer must acknowledge each such line.'),
(3, 'H-GONE', 'DISAPPEARED_LINE', 'WARNING', 'lines=*', 14,
 '{line} жолы ({label}) өткен жылы {prior} т болды, биыл бос немесе нөл.',
 'Строка {line} ({label}) в прошлом году составляла {prior} т, в этом году пуста или равна нулю.',
 'Line {line} ({label}) was {prior} t last year and is empty or zero this year.');

-- Approved inventory lines per facility, year, waste code and region: what indicators 1 and 3 read (DOMAIN §6).
-- The latest approved version counts: an approved report whose correction is still in progress is SUPERSEDED, and
-- stays the approved figure until the correction is approved.
create view hazardous_inventory_line as
with approved as (
    select distinct on (r.organisation_id, r.facility_id, r.reporting_year, r.waste_code)
           r.id, r.organisation_id, r.facility_id, r.region_code, r.reporting_year, r.waste_code
    from report r
    where r.form_code = 'hazardous-inventory' and r.status in ('APPROVED', 'SUPERSEDED')
    order by r.organisation_id, r.facility_id, r.reporting_year, r.waste_code, r.correction_no desc
)
select r.id as report_id, r.organisation_id, r.facility_id, r.region_code, r.reporting_year, r.waste_code, w.hazardous,
       (select v.value from report_value v where v.report_id = r.id and v.line_code = '100') as stock_start,
       (select v.value from report_value v where v.report_id = r.id and v.line_code = '110') as generated,
       (select v.value from report_value v where v.report_id = r.id and v.line_code = '120') as received,
       (select v.value from report_value v where v.report_id = r.id and v.line_code = '130') as transferred,
       (select v.value from report_value v where v.report_id = r.id and v.line_code = '140') as recovered_on_site,
       (select v.value from report_value v where v.report_id = r.id and v.line_code = '150') as disposed_on_site,
       (select v.value from report_value v where v.report_id = r.id and v.line_code = '160') as stock_end,
       (select coalesce(sum(d.tonnes), 0) from report_detail_row d where d.report_id = r.id and d.table_code = 'TRANSFERRED'
            and d.category = 'RECOVERY') as transferred_for_recovery
from approved r
join waste_code w on w.code = r.waste_code;
