-- DEMO DATA (not for production): fictitious receivers of hazardous waste in Pavlodar region and their licences
-- (EC art. 336) and notifications (EC art. 337), so that a demo generator's inventory can name a licensed receiver.
-- The demo generator "Pavlodar Chemical Plant" (ent-generator) registers itself; the Temirtau recycling plant of
-- "Recycling Centre" holds no licence for hazardous waste (the unlicensed receiver of the demo story).

insert into organisation (id, bin, name_kk, name_ru, name_en, kato_code, address, demo, created_by) values
(301, '101240012340', '«Екібастұз Демеркуризация» ЖШС', 'ТОО «Экибастузская демеркуризация»', 'Ekibastuz Demercurisation LLP', '550000000', 'Екібастұз, Өнеркәсіптік аймақ 7', true, 'demo'),
(302, '101240023455', '«Павлодар Арнайы Полигон» ЖШС', 'ТОО «Павлодарский спецполигон»', 'Pavlodar Special Landfill LLP', '550000000', 'Павлодар, Шығыс өнеркәсіптік аймағы 12', true, 'demo'),
(303, '101240034567', '«Эко Тасымал» ЖШС', 'ТОО «Эко Тасымал»', 'Eco Tasymal LLP', '550000000', 'Павлодар, Кутузов көшесі 204', true, 'demo');

insert into organisation_activity (organisation_id, activity) values
(301, 'LICENSED_PROCESSOR'), (302, 'FACILITY_OPERATOR'), (302, 'LICENSED_PROCESSOR'), (303, 'COLLECTOR');

insert into facility (id, organisation_id, name, type, kato_code, latitude, longitude, landfill_class, design_capacity, env_category) values
(301, 301, 'Екібастұз демеркуризация қондырғысы / Ekibastuz demercurisation plant', 'RECYCLING', '550000000', 51.730000, 75.320000, null, 5000.000, 'I'),
(302, 302, 'Павлодар қауіпті қалдықтар полигоны / Pavlodar hazardous waste landfill', 'LANDFILL', '550000000', 52.250000, 77.050000, 1, 20000.000, 'I'),
(303, 303, 'Эко Тасымал жинау алаңы / Eco Tasymal collection yard', 'SORTING', '550000000', 52.300000, 76.990000, null, 3000.000, 'III');

insert into waste_permit (id, kind, organisation_id, number, valid_from, valid_to, status, issued_by, created_at, created_by, demo) values
(301, 'LICENCE', 301, 'KZ-HW-02-0117', '2022-03-01', '2031-02-28', 'ACTIVE', 'Ministry of Ecology and Natural Resources', '2022-03-01 10:00:00+05', 'demo', true),
(302, 'LICENCE', 302, 'KZ-HW-02-0142', '2021-07-01', null, 'ACTIVE', 'Ministry of Ecology and Natural Resources', '2021-07-01 10:00:00+05', 'demo', true),
(303, 'NOTIFICATION', 303, 'KZ-N-55-0031', '2023-01-10', null, 'ACTIVE', 'Department of Ecology of Pavlodar region', '2023-01-10 10:00:00+05', 'demo', true),
(304, 'LICENCE', 8, 'KZ-HW-02-0009', '2019-01-01', '2023-12-31', 'REVOKED', 'Ministry of Ecology and Natural Resources', '2019-01-01 10:00:00+05', 'demo', true);

insert into waste_permit_operation (permit_id, operation) values
(301, 'RECOVERY'), (301, 'DISPOSAL'), (302, 'DISPOSAL'), (303, 'COLLECTION'), (303, 'TRANSPORT'), (304, 'RECOVERY');

insert into waste_permit_code (permit_id, waste_code) values
(301, '06 04 04'), (301, '16 06 01'), (301, '20 01 21'), (301, '13 02 05'),
(302, '06 04 04'), (302, '10 01 14'), (302, '19 01 11'),
(303, '06 04 04'), (303, '16 06 01'), (303, '13 02 05'), (303, '20 01 21'),
(304, '13 02 05');
