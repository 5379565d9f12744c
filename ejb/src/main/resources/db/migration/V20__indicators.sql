-- The Concept's five target indicators (DOMAIN §6). The Concept gives no calculation method, so every indicator has
-- versioned formulas: a method the code knows (which approved data it reads) with its parameters as data. The ministry
-- chooses the official version; every value is shown with the version that produced it.

create table indicator (
    no                 integer      primary key check (no between 1 and 99),
    unit               varchar(10)  not null,
    source             varchar(10)  not null check (source in ('COMPUTED', 'ENTERED', 'TOP50')),
    base_year          integer,
    official_formula   integer      not null default 1,
    formula_changed_by varchar(100),
    formula_changed_at timestamptz,
    name_kk            text         not null,
    name_ru            text         not null,
    name_en            text         not null,
    baseline_kk        text         not null,
    baseline_ru        text         not null,
    baseline_en        text         not null,
    ambiguity_kk       text,
    ambiguity_ru       text,
    ambiguity_en       text,
    lock_version       integer      not null default 0
);

create table indicator_target (
    indicator_no integer       not null references indicator (no),
    year         integer       not null check (year between 2025 and 2100),
    target       numeric(6, 2) not null,
    primary key (indicator_no, year)
);

create table indicator_formula (
    indicator_no   integer     not null references indicator (no),
    version        integer     not null check (version > 0),
    method         varchar(30) not null check (method in ('INVENTORY_COVERAGE', 'REPORT_LINE_REDUCTION', 'INVENTORY_REDUCTION', 'ENTERED_SHARE', 'TOP50_SHARE')),
    params         text        not null default '',
    description_kk text        not null,
    description_ru text        not null,
    description_en text        not null,
    primary key (indicator_no, version)
);

alter table indicator add foreign key (no, official_formula) references indicator_formula (indicator_no, version) deferrable initially deferred;

-- The 2025 baseline, frozen once per indicator and formula version by a ministry action: who, when and the values,
-- nationally ('KZ') and per region, with the data it was computed from (how many reports, the last approval).
create sequence indicator_baseline_seq start with 1000 increment by 50;

create table indicator_baseline (
    id              bigint       primary key,
    indicator_no    integer      not null,
    formula_version integer      not null,
    base_year       integer      not null,
    frozen_at       timestamptz  not null,
    frozen_by       varchar(100) not null,
    note            text,
    unique (indicator_no, formula_version),
    foreign key (indicator_no, formula_version) references indicator_formula (indicator_no, version)
);

create table indicator_baseline_value (
    baseline_id   bigint         not null references indicator_baseline (id),
    region_code   varchar(9)     not null,
    value         numeric(18, 3) not null,
    sources       integer        not null,
    last_approval timestamptz,
    primary key (baseline_id, region_code)
);

-- Indicator 4: entered by the ministry per year and region, with numerator, denominator and the source document.
create sequence indicator_entry_seq start with 1000 increment by 50;

create table indicator_entry (
    id              bigint         primary key,
    indicator_no    integer        not null references indicator (no),
    year            integer        not null check (year between 2025 and 2100),
    region_code     varchar(9)     not null references kato_unit (code),
    numerator       numeric(12, 0) not null check (numerator >= 0),
    denominator     numeric(12, 0) not null check (denominator > 0),
    source_document text           not null check (length(trim(source_document)) > 0),
    entered_by      varchar(100)   not null,
    entered_at      timestamptz    not null,
    lock_version    integer        not null default 0,
    check (numerator <= denominator),
    unique (indicator_no, year, region_code)
);

-- Indicator 5: the TOP-50 list as of 1 January 2025 (changed only with a recorded reason) and per company and year
-- whether it published a sustainability report with waste indicators.
create sequence top50_seq start with 1000 increment by 50;

create table top50_company (
    id           bigint       primary key,
    rank         integer      not null check (rank between 1 and 50),
    bin          varchar(12)  not null unique check (bin ~ '^[0-9]{12}$'),
    name         varchar(300) not null,
    region_code  varchar(9)   not null references kato_unit (code),
    listed       boolean      not null default true,
    lock_version integer      not null default 0
);

create unique index top50_rank_uq on top50_company (rank) where listed;

create table top50_change (
    id         bigint       primary key,
    company_id bigint       not null references top50_company (id),
    at         timestamptz  not null,
    actor      varchar(100) not null,
    action     varchar(10)  not null check (action in ('ADDED', 'CHANGED', 'REMOVED')),
    reason     text         not null check (length(trim(reason)) > 0)
);

create table sustainability_report (
    company_id       bigint       not null references top50_company (id),
    year             integer      not null check (year between 2024 and 2100),
    published        boolean      not null,
    waste_indicators boolean      not null default false,
    frameworks       varchar(40)  not null default '',
    url              varchar(500),
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null,
    lock_version     integer      not null default 0,
    primary key (company_id, year),
    check (not published or (url is not null and frameworks <> '')),
    check (published or not waste_indicators)
);

-- Where the dashboard's map draws each region: the administrative centre (approximate, for shading only).
create table region_centre (
    region_code varchar(9)   primary key references kato_unit (code),
    latitude    numeric(7, 4) not null,
    longitude   numeric(7, 4) not null
);

insert into region_centre (region_code, latitude, longitude) values
('110000000', 53.2833, 69.3833), ('150000000', 50.2833, 57.1667), ('190000000', 43.8667, 77.0667),
('230000000', 47.1167, 51.8833), ('270000000', 51.2333, 51.3667), ('310000000', 42.9000, 71.3667),
('350000000', 49.8000, 73.1000), ('390000000', 53.2167, 63.6333), ('430000000', 44.8500, 65.5167),
('470000000', 43.6500, 51.1667), ('550000000', 52.2833, 76.9667), ('590000000', 54.8667, 69.1500),
('610000000', 43.3000, 68.2500), ('630000000', 49.9500, 82.6167), ('100000000', 50.4111, 80.2275),
('330000000', 45.0167, 78.3667), ('620000000', 47.7833, 67.7000), ('710000000', 51.1667, 71.4500),
('750000000', 43.2500, 76.9167), ('790000000', 42.3167, 69.5833);

insert into indicator (no, unit, source, base_year, name_kk, name_ru, name_en, baseline_kk, baseline_ru, baseline_en, ambiguity_kk, ambiguity_ru, ambiguity_en) values
(1, '%', 'COMPUTED', null,
 'Радиоактивті қалдықтарды қоспағанда, қалдықтардың барлық түрлерін түгендеу',
 'Инвентаризация всех видов отходов, за исключением радиоактивных',
 'Inventory of all waste types except radioactive',
 'Базалық мән жоқ: жылдың өз қамтуы.', 'Базового значения нет: охват самого года.', 'No baseline: the coverage of the year itself.',
 'Кестеде 2028 жылы 100 %, ал Тұжырымдаманың нәтиже мәтінінде «2030 жылға қарай». 2029–2030 жылдарға мақсат қойылмаған.',
 'В таблице 100 % достигается в 2028 году, а в тексте результата Концепции — «к 2030 году». Цели на 2029–2030 годы не заданы.',
 'The target table reaches 100 % in 2028, while the Concept''s result text says "by 2030". No targets are set for 2029-2030.'),
(2, '%', 'COMPUTED', 2025,
 '2025 жылмен салыстырғанда ҚТҚ полигондарына жіберілетін қалдықтарды азайту',
 'Снижение отходов, направляемых на полигоны ТБО, относительно 2025 года',
 'Reduction of waste sent to MSW landfills against 2025',
 'Министрлік бекіткен 2025 жылғы мән; азайту = (базалық − жыл) ÷ базалық × 100.',
 'Значение 2025 года, зафиксированное министерством; снижение = (база − год) ÷ база × 100.',
 'The 2025 value frozen by the ministry; reduction = (baseline − year) ÷ baseline × 100.',
 'Атауында «үлес», нәтиже мәтінінде «көлем» делінген. Портал 2025 жылғы бекітілген мәнге қарағанда көлемнің (тонна) азаюын есептейді. Тұжырымдама дереккөзді атамайды, сондықтан екі формула нұсқасы бар: қалдықтар-1 201-жол және 3-сынып полигондарының қалдықтар-2 620-жолы.',
 'В названии — «доля», в тексте результата — «объём». Портал считает снижение объёма (тонн) относительно зафиксированного значения 2025 года. Концепция не называет источник, поэтому есть две версии формулы: строка 201 формы 1-отходы и строка 620 формы 2-отходы полигонов 3 класса.',
 'The name says "share", the result text says "volume". The portal computes the reduction of the volume (tonnes) against the frozen 2025 value. The Concept names no source, so two formula versions exist: waste-1 line 201, and waste-2 line 620 of class-3 landfills.'),
(3, '%', 'COMPUTED', 2025,
 '2025 жылмен салыстырғанда қайталама айналымға тартылмаған өнеркәсіптік қалдықтарды азайту',
 'Снижение промышленных отходов, не вовлечённых во вторичный оборот, относительно 2025 года',
 'Reduction of industrial waste not brought into secondary use against 2025',
 'Министрлік бекіткен 2025 жылғы мән; азайту = (базалық − жыл) ÷ базалық × 100.',
 'Значение 2025 года, зафиксированное министерством; снижение = (база − год) ÷ база × 100.',
 'The 2025 value frozen by the ministry; reduction = (baseline − year) ÷ baseline × 100.',
 'Атауында «үлес», нәтиже мәтінінде «көлем». 2030 жылғы мақсат кестеде 10 %, ал баяндау бөлімінде 20 % [C L1379]; портал кестедегі мақсаттарды пайдаланады.',
 'В названии — «доля», в тексте результата — «объём». Цель на 2030 год в таблице 10 %, а в тексте Концепции 20 % [C L1379]; портал использует цели таблицы.',
 'The name says "share", the result text says "volume". The 2030 target is 10 % in the table but 20 % in the narrative [C L1379]; the portal uses the table''s targets.'),
(4, '%', 'ENTERED', null,
 'Экологиялық іс-шараларға тартылған білім алушылардың үлесі',
 'Доля обучающихся, вовлечённых в экологические мероприятия',
 'Share of learners involved in environmental events',
 'Базалық мән жоқ.', 'Базового значения нет.', 'No baseline.',
 'Тұжырымдама білім беру деректерінің көзін атамайды: мәндерді министрлік құжатымен енгізеді.',
 'Концепция не называет источник данных об образовании: значения вводит министерство с указанием документа.',
 'The Concept names no source of education data: the ministry enters the values with their source document.'),
(5, '%', 'TOP50', null,
 'Қалдықтар көрсеткіштерімен тұрақты даму есебін (GRI, SASB, TCFD, ISSB) жариялайтын «ТОП-50» компанияларының үлесі',
 'Доля компаний «ТОП-50», публикующих отчёт об устойчивом развитии (GRI, SASB, TCFD, ISSB) с показателями по отходам',
 'Share of TOP-50 companies publishing a sustainability report (GRI, SASB, TCFD, ISSB) with waste indicators',
 '2025 жылғы 1 қаңтардағы тізім.', 'Список на 1 января 2025 года.', 'The list as of 1 January 2025.',
 'Тұжырымдама «ең көп қалдық түзетін I санаттағы 50 объект» дейді, бірақ объектілер ме, компаниялар ма — айтпайды; тізім компаниялар бойынша жүргізіледі.',
 'Концепция говорит о «50 объектах I категории, образующих больше всего отходов», но не уточняет, считаются ли объекты или компании; список ведётся по компаниям.',
 'The Concept speaks of "the 50 category I objects generating most waste" without saying whether objects or companies are counted; the list is kept per company.');

insert into indicator_target (indicator_no, year, target) values
(1, 2026, 0), (1, 2027, 50), (1, 2028, 100),
(2, 2026, 2), (2, 2027, 4), (2, 2028, 6), (2, 2029, 8), (2, 2030, 10),
(3, 2026, 2), (3, 2027, 4), (3, 2028, 6), (3, 2029, 8), (3, 2030, 10),
(4, 2026, 25), (4, 2027, 30), (4, 2028, 35), (4, 2029, 40), (4, 2030, 45),
(5, 2026, 20), (5, 2027, 40), (5, 2028, 60), (5, 2029, 80), (5, 2030, 100);

insert into indicator_formula (indicator_no, version, method, params, description_kk, description_ru, description_en) values
(1, 1, 'INVENTORY_COVERAGE', 'form=hazardous-inventory',
 'Жыл үшін бекітілген түгендеуі бар тіркелген қауіпті қалдық түзушілердің объектілері ÷ осындай барлық белсенді объектілер × 100',
 'Объекты зарегистрированных образователей опасных отходов с утверждённой инвентаризацией за год ÷ все такие действующие объекты × 100',
 'Facilities of registered hazardous-waste generators with an approved inventory for the year ÷ all such active facilities × 100'),
(2, 1, 'REPORT_LINE_REDUCTION', 'form=waste-1;line=201',
 'Бекітілген қалдықтар-1 есептерінің 201-жолы (ҚТҚ полигондарына жеткізілген), 2025 жылғы бекітілген мәнмен салыстырғанда азайту',
 'Строка 201 утверждённых отчётов 1-отходы (доставлено на полигоны ТБО), снижение относительно зафиксированного значения 2025 года',
 'Line 201 of approved waste-1 reports (delivered to MSW landfills), reduction against the frozen 2025 value'),
(2, 2, 'REPORT_LINE_REDUCTION', 'form=waste-2;line=620;landfillClass=3',
 '3-сынып полигондарының бекітілген қалдықтар-2 есептерінің 620-жолы (көмілген), 2025 жылғы бекітілген мәнмен салыстырғанда азайту',
 'Строка 620 утверждённых отчётов 2-отходы полигонов 3 класса (захоронено), снижение относительно зафиксированного значения 2025 года',
 'Line 620 of approved waste-2 reports of class-3 landfills (buried), reduction against the frozen 2025 value'),
(3, 1, 'INVENTORY_REDUCTION', 'form=hazardous-inventory;generated=110;recovered=140',
 'Бекітілген түгендеулер бойынша түзілген минус орнында кәдеге жаратылған, 2025 жылғы бекітілген мәнмен салыстырғанда азайту',
 'Образовано минус утилизировано на месте по утверждённым инвентаризациям, снижение относительно зафиксированного значения 2025 года',
 'Generated minus recovered on site in approved inventories, reduction against the frozen 2025 value'),
(3, 2, 'INVENTORY_REDUCTION', 'form=hazardous-inventory;generated=110;recovered=140;transferredFor=RECOVERY',
 'Бекітілген түгендеулер бойынша түзілген минус орнында кәдеге жаратылған және R операцияларына берілген, 2025 жылғы бекітілген мәнмен салыстырғанда азайту',
 'Образовано минус утилизировано на месте и передано на операции R по утверждённым инвентаризациям, снижение относительно зафиксированного значения 2025 года',
 'Generated minus recovered on site and transferred for recovery (R operations) in approved inventories, reduction against the frozen 2025 value'),
(4, 1, 'ENTERED_SHARE', '',
 'Іс-шараларға тартылған білім алушылар сомасы ÷ білім алушылар сомасы × 100, министрлік өңірлер бойынша құжатымен енгізеді',
 'Сумма вовлечённых обучающихся ÷ сумма обучающихся × 100, вводится министерством по регионам с документом-источником',
 'Sum of learners involved ÷ sum of learners × 100, entered by the ministry per region with its source document'),
(5, 1, 'TOP50_SHARE', '',
 'Жыл үшін қалдықтар көрсеткіштері бар тұрақты даму есебін (GRI, SASB, TCFD немесе ISSB) жариялаған тізімдегі компаниялар ÷ тізімдегі компаниялар × 100',
 'Компании списка, опубликовавшие за год отчёт об устойчивом развитии (GRI, SASB, TCFD или ISSB) с показателями по отходам ÷ компании списка × 100',
 'Companies on the list that published a sustainability report (GRI, SASB, TCFD or ISSB) with waste indicators for the year ÷ companies on the list × 100');
