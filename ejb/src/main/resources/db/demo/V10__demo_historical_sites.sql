-- DEMO DATA (not for production): the four known historical-pollution sites named in the Waste Concept 2026-2030
-- (DOMAIN §5), at different stages of the lifecycle. Places and pollutants follow the Concept; every figure
-- (amounts, areas, populations, dates, queue positions) and the district codes are illustrative, not official.
-- Dates of receipt are relative to the day the demo data is loaded, so the ministry's countdown has something to show.

insert into historical_object (id, name, latitude, longitude, boundary_geojson, district_code, region_code, type,
    origin_activity, origin_period, ownership, owner_bin, owner_name, court_status, works_required,
    survey_started_on, survey_completed_on, affected_area_ha, land_category, water_category, impact_level, migration,
    drinking_water_threat, treaty_assessed, population_in_zone, population_under_threat, public_description,
    status, status_reason, received_on, included_on, category, queue_position, liquidation_stage,
    liquidation_started_on, project_approved_on, demo, created_at, created_by, updated_at, updated_by) values
(1, 'Теміртау: Нұра өзені мен жағалауының сынап және ауыр металдармен ластануы / Temirtau: mercury and heavy metals in the Nura river',
    50.076000, 72.960000,
    '{"type":"Polygon","coordinates":[[[72.90,50.05],[73.02,50.05],[73.02,50.11],[72.90,50.11],[72.90,50.05]]]}',
    '352400000', '350000000', 'CONTAMINATED_TERRITORY',
    'Acetaldehyde production with a mercury catalyst and metallurgy discharges', '1950-1997', 'OWNERLESS', null, null, 'RECOGNISED_OWNERLESS',
    'Excavation of mercury-bearing silt and soil, disposal at a class 1 landfill, groundwater monitoring wells',
    '2024-04-15', '2024-10-30', 1250.0000, 'INDUSTRIAL', 'SURFACE_WATER', 'CRITICAL', true, true, true, 45000, 8000,
    'Mercury and heavy metals in the soil, the river water and the groundwater downstream of the former chemical plant (demo figures).',
    'LIQUIDATION', null, '2025-01-20', '2025-02-25', 1, 1, 'PROJECT_APPROVED', '2025-06-02', '2025-11-14',
    true, now(), 'demo', now(), 'demo'),
(2, 'Павлодар: бұрынғы химия зауыты аумағының сынаппен ластануы / Pavlodar: mercury under the former chemical plant',
    52.385000, 76.905000, null,
    '551000000', '550000000', 'CONTAMINATED_TERRITORY',
    'Chlor-alkali electrolysis with mercury cells', '1975-1993', 'OWNED', '030640090834', 'АО «Павлодарский химический завод» (demo)', null,
    'Demercurisation of the building remains and soil, a barrier against the groundwater lens',
    '2025-03-01', '2025-08-15', 320.5000, 'INDUSTRIAL', 'GROUNDWATER', 'HIGH', true, false, true, 12000, 2500,
    'Mercury in the soil and a groundwater lens under the former electrolysis shop (demo figures).',
    'CATEGORISED', null, '2025-09-10', '2025-10-16', 1, 2, null, null, null,
    true, now(), 'demo', now(), 'demo'),
(3, 'Жітіқара: «Лайлы тау» — сынап пен мышьяктың көшуі / Zhitikara: "Лайлы тау", migrating mercury and arsenic',
    52.190000, 61.200000, null,
    '394400000', '390000000', 'OWNERLESS_WASTE_SITE',
    'Tailings of asbestos and gold ore processing', '1965-2000', 'OWNERLESS', null, null, 'PENDING',
    'Capping of the tailings, drainage interception, revegetation',
    '2025-05-12', '2025-09-30', 85.0000, 'RESERVE', 'GROUNDWATER', 'HIGH', true, true, true, 3200, 1100,
    'Mercury and arsenic migrate from the tailings towards the groundwater (demo figures).',
    'INCLUDED', null, '2026-02-02', '2026-03-05', null, null, null, null, null,
    true, now(), 'demo', now(), 'demo'),
(4, 'Маңғыстау: Қошқар-Ата қалдық қоймасы / Mangystau: Koshkar-Ata tailings pond',
    43.580000, 51.250000, null,
    '471000000', '470000000', 'OWNERLESS_WASTE_SITE',
    'Tailings of uranium and rare-earth processing and of the chemical-hydrometallurgical plant', '1965-1995', 'OWNERLESS', null, null, 'RECOGNISED_OWNERLESS',
    'Covering of the dried beaches against dust, monitoring of the groundwater',
    '2026-03-01', '2026-07-20', 7760.0000, 'RESERVE', 'GROUNDWATER', 'HIGH', true, false, true, 180000, 25000,
    'Dust from the dried beaches of the tailings pond and seepage to the groundwater (demo figures).',
    'SUBMITTED_TO_MINISTRY', null, current_date - 60, null, null, null, null, null, null,
    true, now(), 'demo', now(), 'demo');

insert into historical_pollutant (id, object_id, sort_order, kind, code, medium, amount, unit) values
(1, 1, 0, 'SUBSTANCE', 'Hg', 'SOIL', 1150.000, 'T'),
(2, 1, 1, 'SUBSTANCE', 'Hg', 'SURFACE_WATER', 12.400, 'T'),
(3, 1, 2, 'SUBSTANCE', 'Pb, Zn, Cd', 'GROUNDWATER', 260000.000, 'M3'),
(4, 2, 0, 'SUBSTANCE', 'Hg', 'SOIL', 1300.000, 'T'),
(5, 2, 1, 'SUBSTANCE', 'Hg', 'GROUNDWATER', 1500000.000, 'M3'),
(6, 3, 0, 'SUBSTANCE', 'Hg', 'SOIL', 45.000, 'T'),
(7, 3, 1, 'SUBSTANCE', 'As', 'GROUNDWATER', 210000.000, 'M3'),
(8, 3, 2, 'WASTE', '01 03 04*', 'SOIL', 2400000.000, 'T'),
(9, 4, 0, 'WASTE', '01 03 04*', 'SOIL', 105000000.000, 'T'),
(10, 4, 1, 'SUBSTANCE', 'U, Th', 'GROUNDWATER', 3000000.000, 'M3');

insert into historical_treaty_substance (object_id, sort_order, substance, treaty) values
(1, 0, 'Mercury', 'MINAMATA'),
(2, 0, 'Mercury', 'MINAMATA'),
(3, 0, 'Mercury', 'MINAMATA'),
(4, 0, 'Radioactive and hazardous wastes', 'BASEL');

insert into historical_event (id, object_id, at, actor, action, from_status, to_status, comment) values
(1, 1, '2024-03-01 10:00+05', 'akimat-karaganda', 'CREATED', null, 'IDENTIFIED', null),
(2, 1, '2025-01-15 11:00+05', 'akimat-karaganda', 'ASSESSED', 'IDENTIFIED', 'ASSESSED', null),
(3, 1, '2025-01-20 09:30+05', 'akimat-karaganda', 'SUBMITTED', 'ASSESSED', 'SUBMITTED_TO_MINISTRY', null),
(4, 1, '2025-02-25 15:00+05', 'ministry', 'INCLUDED', 'SUBMITTED_TO_MINISTRY', 'INCLUDED', null),
(5, 1, '2025-04-10 12:00+05', 'ministry', 'CATEGORISED', 'INCLUDED', 'CATEGORISED', '1/1'),
(6, 1, '2025-06-02 10:00+05', 'akimat-karaganda', 'LIQUIDATION_STARTED', 'CATEGORISED', 'LIQUIDATION', null),
(7, 1, '2025-11-14 10:00+05', 'akimat-karaganda', 'STAGE_REACHED', 'LIQUIDATION', 'LIQUIDATION', 'PROJECT_APPROVED'),
(8, 2, '2025-02-10 10:00+05', 'demo', 'CREATED', null, 'IDENTIFIED', null),
(9, 2, '2025-09-10 10:00+05', 'demo', 'SUBMITTED', 'ASSESSED', 'SUBMITTED_TO_MINISTRY', null),
(10, 2, '2025-10-16 10:00+05', 'ministry', 'INCLUDED', 'SUBMITTED_TO_MINISTRY', 'INCLUDED', null),
(11, 2, '2025-12-01 10:00+05', 'ministry', 'CATEGORISED', 'INCLUDED', 'CATEGORISED', '1/2'),
(12, 3, '2025-04-01 10:00+05', 'demo', 'CREATED', null, 'IDENTIFIED', null),
(13, 3, '2026-02-02 10:00+05', 'demo', 'SUBMITTED', 'ASSESSED', 'SUBMITTED_TO_MINISTRY', null),
(14, 3, '2026-03-05 10:00+05', 'ministry', 'INCLUDED', 'SUBMITTED_TO_MINISTRY', 'INCLUDED', null),
(15, 4, '2026-02-15 10:00+05', 'demo', 'CREATED', null, 'IDENTIFIED', null),
(16, 4, now() - interval '60 days', 'demo', 'SUBMITTED', 'ASSESSED', 'SUBMITTED_TO_MINISTRY', null);
