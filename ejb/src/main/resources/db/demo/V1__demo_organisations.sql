-- DEMO DATA (not for production): fictitious organisations, facilities and the demo users' links.
-- Loaded only when the portal starts with QALDYQ_DEMO_DATA=true (./qaldyq start does, unless --no-demo).

insert into organisation (id, bin, name_kk, name_ru, name_en, kato_code, address, demo, created_by) values
(1, '010440052602', '«Таза Астана Сервис» ЖШС', 'ТОО «Таза Астана Сервис»', 'Taza Astana Service LLP', '710000000', 'Астана, Сарыарқа ауданы, Жеңіс даңғылы 12', true, 'demo'),
(2, '020540018152', '«Қарағанды Полигон» ЖШС', 'ТОО «Карагандинский полигон»', 'Karaganda Polygon LLP', '350000000', 'Қарағанды, Оңтүстік-шығыс өнеркәсіптік аймағы 4', true, 'demo'),
(3, '030640090834', '«Павлодар Химия Зауыты» АҚ', 'АО «Павлодарский химический завод»', 'Pavlodar Chemical Plant JSC', '550000000', 'Павлодар, Солтүстік өнеркәсіптік аймағы 1', true, 'demo'),
(4, '040740001664', '«Астана Эко Полигон» ЖШС', 'ТОО «Астана Эко Полигон»', 'Astana Eco Polygon LLP', '710000000', 'Астана, Алматы ауданы, Қорғалжын тас жолы 28', true, 'demo'),
(5, '050840013188', '«Алматы Тазалық» ЖШС', 'ТОО «Алматы Тазалык»', 'Almaty Tazalyk LLP', '750000000', 'Алматы, Әуезов ауданы, Төле би 250', true, 'demo'),
(6, '060940060918', '«Қарағанды Коммунал» ЖШС', 'ТОО «Караганда Коммунал»', 'Karaganda Communal LLP', '350000000', 'Қарағанды, Бұқар жырау даңғылы 45', true, 'demo'),
(7, '071040096039', '«Шымкент Тазару» ЖШС', 'ТОО «Шымкент Тазару»', 'Shymkent Tazaru LLP', '790000000', 'Шымкент, Тәуке хан даңғылы 8', true, 'demo'),
(8, '081140008243', '«Қайта Өңдеу Орталығы» ЖШС', 'ТОО «Центр переработки»', 'Recycling Centre LLP', '350000000', 'Теміртау, Металлургтер көшесі 3', true, 'demo'),
(9, '091240062818', '«Елорда Жинау» ЖШС', 'ТОО «Елорда Жинау»', 'Elorda Collection LLP', '710000000', 'Астана, Есіл ауданы, Мәңгілік Ел 30', true, 'demo');

insert into organisation_activity (organisation_id, activity) values
(1, 'COLLECTOR'), (2, 'FACILITY_OPERATOR'), (2, 'COLLECTOR'), (3, 'HAZARDOUS_GENERATOR'),
(4, 'FACILITY_OPERATOR'), (5, 'COLLECTOR'), (6, 'COLLECTOR'), (7, 'COLLECTOR'),
(8, 'FACILITY_OPERATOR'), (8, 'LICENSED_PROCESSOR'), (9, 'COLLECTOR');

insert into facility (id, organisation_id, name, type, kato_code, latitude, longitude, landfill_class, design_capacity, env_category) values
(1, 2, 'Қарағанды ҚТҚ полигоны / Karaganda MSW landfill', 'LANDFILL', '350000000', 49.755000, 73.190000, 3, 450000.000, 'I'),
(2, 2, 'Қарағанды сұрыптау станциясы / Karaganda sorting station', 'SORTING', '350000000', 49.790000, 73.120000, null, 120000.000, 'II'),
(3, 3, 'Павлодар химия өндірісі / Pavlodar chemical production', 'PRODUCTION_SITE', '550000000', 52.330000, 76.950000, null, null, 'I'),
(4, 4, 'Астана ҚТҚ полигоны / Astana MSW landfill', 'LANDFILL', '710000000', 51.080000, 71.330000, 3, 600000.000, 'I'),
(5, 4, 'Астана сұрыптау кешені / Astana sorting complex', 'SORTING', '710000000', 51.100000, 71.350000, null, 250000.000, 'II'),
(6, 8, 'Теміртау пластик өңдеу зауыты / Temirtau plastics recycling plant', 'RECYCLING', '350000000', 50.060000, 72.960000, null, 30000.000, 'II'),
(7, 5, 'Алматы сұрыптау станциясы / Almaty sorting station', 'SORTING', '750000000', 43.200000, 76.850000, null, 300000.000, 'II');

insert into portal_user (username, display_name, locale, region_code) values
('ent-collector', 'Aigerim Seitkali', null, null),
('ent-landfill', 'Nurlan Bekov', null, null),
('ent-generator', 'Dana Omarova', null, null),
('akimat-astana', 'Yerlan Tokayev', null, '710000000'),
('akimat-karaganda', 'Saule Zhumabayeva', null, '350000000'),
('ministry', 'Marat Abenov', null, null),
('admin', 'Portal Administrator', null, null);

insert into user_organisation (username, organisation_id) values
('ent-collector', 1), ('ent-landfill', 2), ('ent-generator', 3);
