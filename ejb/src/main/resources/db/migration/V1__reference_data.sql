-- Reference data an administrator can correct: KATO territorial units (regions now, districts later),
-- hazardous properties (EC art. 342), landfill classes (EC art. 349), environmental object categories (EC art. 12).

create table kato_unit (
    code        varchar(9)  primary key check (code ~ '^[0-9]{9}$'),
    parent_code varchar(9)  references kato_unit (code),
    level       varchar(10) not null check (level in ('REGION', 'DISTRICT', 'SETTLEMENT')),
    iso_code    varchar(6),
    name_kk     text        not null,
    name_ru     text        not null,
    name_en     text        not null,
    active      boolean     not null default true,
    version     integer     not null default 0
);

-- DOMAIN §2: the 20 regions since 2022 (oblasts and cities of republican significance).
insert into kato_unit (code, level, iso_code, name_kk, name_ru, name_en) values
('110000000', 'REGION', 'KZ-11', 'Ақмола облысы', 'Акмолинская область', 'Akmola Region'),
('150000000', 'REGION', 'KZ-15', 'Ақтөбе облысы', 'Актюбинская область', 'Aktobe Region'),
('190000000', 'REGION', 'KZ-19', 'Алматы облысы', 'Алматинская область', 'Almaty Region'),
('230000000', 'REGION', 'KZ-23', 'Атырау облысы', 'Атырауская область', 'Atyrau Region'),
('270000000', 'REGION', 'KZ-27', 'Батыс Қазақстан облысы', 'Западно-Казахстанская область', 'West Kazakhstan Region'),
('310000000', 'REGION', 'KZ-31', 'Жамбыл облысы', 'Жамбылская область', 'Zhambyl Region'),
('350000000', 'REGION', 'KZ-35', 'Қарағанды облысы', 'Карагандинская область', 'Karaganda Region'),
('390000000', 'REGION', 'KZ-39', 'Қостанай облысы', 'Костанайская область', 'Kostanay Region'),
('430000000', 'REGION', 'KZ-43', 'Қызылорда облысы', 'Кызылординская область', 'Kyzylorda Region'),
('470000000', 'REGION', 'KZ-47', 'Маңғыстау облысы', 'Мангистауская область', 'Mangystau Region'),
('550000000', 'REGION', 'KZ-55', 'Павлодар облысы', 'Павлодарская область', 'Pavlodar Region'),
('590000000', 'REGION', 'KZ-59', 'Солтүстік Қазақстан облысы', 'Северо-Казахстанская область', 'North Kazakhstan Region'),
('610000000', 'REGION', 'KZ-61', 'Түркістан облысы', 'Туркестанская область', 'Turkistan Region'),
('630000000', 'REGION', 'KZ-63', 'Шығыс Қазақстан облысы', 'Восточно-Казахстанская область', 'East Kazakhstan Region'),
('100000000', 'REGION', 'KZ-10', 'Абай облысы', 'Абайская область', 'Abai Region'),
('330000000', 'REGION', 'KZ-33', 'Жетісу облысы', 'Жетысуская область', 'Zhetisu Region'),
('620000000', 'REGION', 'KZ-62', 'Ұлытау облысы', 'Улытауская область', 'Ulytau Region'),
('710000000', 'REGION', 'KZ-71', 'Астана қ.', 'г. Астана', 'Astana city'),
('750000000', 'REGION', 'KZ-75', 'Алматы қ.', 'г. Алматы', 'Almaty city'),
('790000000', 'REGION', 'KZ-79', 'Шымкент қ.', 'г. Шымкент', 'Shymkent city');

create table hazardous_property (
    code       varchar(4) primary key,
    sort_order integer    not null,
    name_kk    text       not null,
    name_ru    text       not null,
    name_en    text       not null
);

insert into hazardous_property (code, sort_order, name_kk, name_ru, name_en) values
('HP1', 1, 'Жарылыс қауіпті', 'Взрывоопасность', 'Explosive'),
('HP2', 2, 'Тотықтырғыш', 'Окисляющие свойства', 'Oxidising'),
('HP3', 3, 'Тез тұтанғыш', 'Огнеопасность', 'Flammable'),
('HP4', 4, 'Тітіркендіргіш', 'Раздражающее действие', 'Irritant'),
('HP5', 5, 'Нысана-органдарға арнайы уыттылық', 'Специфическая токсичность для органов-мишеней', 'Specific target organ toxicity'),
('HP6', 6, 'Жіті уыттылық', 'Острая токсичность', 'Acute toxicity'),
('HP7', 7, 'Канцерогендік', 'Канцерогенность', 'Carcinogenic'),
('HP8', 8, 'Коррозиялық', 'Коррозионная активность', 'Corrosive'),
('HP9', 9, 'Жұқпалы', 'Инфекционность', 'Infectious'),
('HP10', 10, 'Ұрпақ өрбіту үшін уытты', 'Токсичность для репродуктивной функции', 'Toxic for reproduction'),
('HP11', 11, 'Мутагендік', 'Мутагенность', 'Mutagenic'),
('HP12', 12, 'Уытты газ бөледі', 'Выделение токсичного газа', 'Release of an acute toxic gas'),
('HP13', 13, 'Сенсибилизациялаушы', 'Сенсибилизирующее действие', 'Sensitising'),
('HP14', 14, 'Экоуыттылық', 'Экотоксичность', 'Ecotoxic'),
('HP15', 15, 'Кейін қауіпті қасиет пайда болуы мүмкін', 'Способность проявлять опасное свойство позднее', 'Waste capable of exhibiting a hazardous property later'),
('C16', 16, 'Тұрақты органикалық ластағыштар', 'Стойкие органические загрязнители', 'Persistent organic pollutants');

create table landfill_class (
    code    integer primary key check (code between 1 and 3),
    name_kk text    not null,
    name_ru text    not null,
    name_en text    not null
);

insert into landfill_class (code, name_kk, name_ru, name_en) values
(1, '1-сынып: қауіпті қалдықтар полигоны', 'Класс 1: полигон опасных отходов', 'Class 1: hazardous waste landfill'),
(2, '2-сынып: қауіпті емес қалдықтар полигоны', 'Класс 2: полигон неопасных отходов', 'Class 2: non-hazardous waste landfill'),
(3, '3-сынып: қатты тұрмыстық қалдықтар полигоны', 'Класс 3: полигон твёрдых бытовых отходов', 'Class 3: municipal solid waste landfill');

create table environmental_category (
    code    varchar(3) primary key check (code in ('I', 'II', 'III', 'IV')),
    name_kk text       not null,
    name_ru text       not null,
    name_en text       not null
);

insert into environmental_category (code, name_kk, name_ru, name_en) values
('I', 'I санат: қоршаған ортаға елеулі теріс әсер', 'I категория: значительное негативное воздействие', 'Category I: significant negative impact'),
('II', 'II санат: қоршаған ортаға орташа теріс әсер', 'II категория: умеренное негативное воздействие', 'Category II: moderate negative impact'),
('III', 'III санат: қоршаған ортаға болмашы теріс әсер', 'III категория: незначительное негативное воздействие', 'Category III: minor negative impact'),
('IV', 'IV санат: қоршаған ортаға ең аз теріс әсер', 'IV категория: минимальное негативное воздействие', 'Category IV: minimal negative impact');
