-- DEMO DATA (not for production): a few reports on the Action Plan for reporting year 2026, so the plan page shows
-- statuses, an akimat row reported by two regions and a history. Every text is invented for the demo and says so;
-- nothing here is a real report of the ministry or of an akimat.

insert into plan_report (id, item_number, year, region_code, status, progress, demo, created_at, created_by, updated_at, updated_by) values
(1, '1', 2026, null, 'DONE', 'Demo: the resolution naming the National Waste Management Centre is adopted (illustrative text, not a real report).', true,
    now() - interval '20 days', 'demo', now() - interval '5 days', 'demo'),
(2, '2', 2026, null, 'IN_PROGRESS', 'Demo: the draft law on one-time legalisation is with the Ministry of Justice (illustrative text).', true,
    now() - interval '15 days', 'demo', now() - interval '15 days', 'demo'),
(3, '4', 2026, null, 'IN_PROGRESS', 'Demo: the unified information system is being tested (illustrative text).', true,
    now() - interval '10 days', 'demo', now() - interval '10 days', 'demo'),
(4, '10', 2026, '710000000', 'IN_PROGRESS', 'Demo: two of five planned bulky-waste collection points opened (illustrative text).', true,
    now() - interval '12 days', 'demo', now() - interval '12 days', 'demo'),
(5, '10', 2026, '350000000', 'DONE', 'Demo: collection and temporary storage points for bulky waste organised in every district (illustrative text).', true,
    now() - interval '9 days', 'demo', now() - interval '9 days', 'demo'),
(6, '14', 2026, '710000000', 'DONE', 'Demo: WEEE containers placed in every district and handed to a licensed recycler (illustrative text).', true,
    now() - interval '8 days', 'demo', now() - interval '8 days', 'demo');

insert into plan_report_event (id, report_id, at, actor, action, from_status, to_status, text) values
(1, 1, now() - interval '20 days', 'demo', 'REPORTED', null, 'IN_PROGRESS', 'Demo: the draft resolution is being agreed (illustrative text).'),
(2, 1, now() - interval '5 days', 'demo', 'UPDATED', 'IN_PROGRESS', 'DONE', 'Demo: the resolution naming the National Waste Management Centre is adopted (illustrative text, not a real report).'),
(3, 2, now() - interval '15 days', 'demo', 'REPORTED', null, 'IN_PROGRESS', 'Demo: the draft law on one-time legalisation is with the Ministry of Justice (illustrative text).'),
(4, 3, now() - interval '10 days', 'demo', 'REPORTED', null, 'IN_PROGRESS', 'Demo: the unified information system is being tested (illustrative text).'),
(5, 4, now() - interval '12 days', 'demo', 'REPORTED', null, 'IN_PROGRESS', 'Demo: two of five planned bulky-waste collection points opened (illustrative text).'),
(6, 5, now() - interval '9 days', 'demo', 'REPORTED', null, 'DONE', 'Demo: collection and temporary storage points for bulky waste organised in every district (illustrative text).'),
(7, 6, now() - interval '8 days', 'demo', 'REPORTED', null, 'DONE', 'Demo: WEEE containers placed in every district and handed to a licensed recycler (illustrative text).');
