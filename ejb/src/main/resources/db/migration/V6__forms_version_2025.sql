-- Version 2025 of waste-1 and waste-2 (DOMAIN §3, a portal layout [P] built from the Bureau's published figures).
-- The official layout replaces it as a new form version, without code changes.

insert into form (code, subject, name_kk, name_ru, name_en) values
('waste-1', 'REGION', 'қалдықтар-1: Коммуналдық қалдықтарды жинау және шығару туралы есеп', '1-отходы: Отчёт о сборе и вывозе коммунальных отходов', 'waste-1: Report on the collection and removal of municipal waste'),
('waste-2', 'FACILITY', 'қалдықтар-2: Коммуналдық қалдықтарды қайта өңдеу, сұрыптау, кәдеге жарату және көму туралы есеп', '2-отходы: Отчёт о переработке, сортировке, утилизации и захоронении коммунальных отходов', 'waste-2: Report on the processing, sorting, utilisation and burial of municipal waste');

insert into form_version (id, form_code, version, first_year, last_year, legal_basis) values
(1, 'waste-1', '2025', 2020, null, 'Bureau of National Statistics, annual form waste-1 (layout of the portal, version 2025; Concept 2026-2030, Government Resolution No. 1201 of 31.12.2025)'),
(2, 'waste-2', '2025', 2020, null, 'Bureau of National Statistics, annual form waste-2 (layout of the portal, version 2025; Concept 2026-2030, Government Resolution No. 1201 of 31.12.2025)');

insert into form_section (form_version_id, code, sort_order, name_kk, name_ru, name_en) values
(1, '1', 1, 'Жиналған коммуналдық қалдықтар', 'Собранные коммунальные отходы', 'Municipal waste collected'),
(1, '2', 2, 'Жиналған қалдықтарды беру', 'Передача собранных отходов', 'Collected waste passed on'),
(1, '3', 3, 'Қызмет көрсету көрсеткіштері', 'Показатели обслуживания', 'Service indicators'),
(2, '4', 1, 'Кезең басындағы қалдық', 'Остаток на начало периода', 'Opening stock'),
(2, '5', 2, 'Қабылданған қалдықтар', 'Принятые отходы', 'Waste received'),
(2, '6', 3, 'Сұрыптау, өңдеу және көму', 'Сортировка, переработка и захоронение', 'Sorting, processing and burial'),
(2, '7', 4, 'Кезең соңындағы қалдық', 'Остаток на конец периода', 'Closing stock');

insert into form_line (form_version_id, code, section_code, parent_code, unit, sort_order, name_kk, name_ru, name_en) values
(1, '100', '1', null, 't', 1, 'Жиналған коммуналдық қалдықтар, барлығы', 'Собрано коммунальных отходов, всего', 'Municipal waste collected, total'),
(1, '101', '1', '100', 't', 2, 'Үй шаруашылықтарының аралас қалдықтары', 'Смешанные отходы домохозяйств', 'Mixed waste from households'),
(1, '102', '1', '100', 't', 3, 'Заңды тұлғалардың тұрмыстық қалдықтарға ұқсас қалдықтары', 'Отходы юридических лиц, сходные с бытовыми', 'Waste from legal entities similar to household waste'),
(1, '103', '1', '100', 't', 4, 'Көше сыпырындылары', 'Смёт с улиц', 'Street sweepings'),
(1, '104', '1', '100', 't', 5, 'Базар қалдықтары', 'Рыночные отходы', 'Market waste'),
(1, '105', '1', '100', 't', 6, 'Саябақ және бақ қалдықтары', 'Отходы парков и садов', 'Park and garden waste'),
(1, '106', '1', '100', 't', 7, 'Ірі габаритті қалдықтар', 'Крупногабаритные отходы', 'Bulky waste'),
(1, '107', '1', '100', 't', 8, 'Бөлек жиналған қағаз және картон', 'Раздельно собранные бумага и картон', 'Separately collected paper and cardboard'),
(1, '108', '1', '100', 't', 9, 'Бөлек жиналған пластик, полиэтилен, ПЭТ', 'Раздельно собранные пластик, полиэтилен, ПЭТ', 'Separately collected plastics, polyethylene, PET'),
(1, '109', '1', '100', 't', 10, 'Бөлек жиналған шыны', 'Раздельно собранное стекло', 'Separately collected glass'),
(1, '110', '1', '100', 't', 11, 'Бөлек жиналған металдар', 'Раздельно собранные металлы', 'Separately collected metals'),
(1, '111', '1', '100', 't', 12, 'Бөлек жиналған тамақ және органикалық қалдықтар', 'Раздельно собранные пищевые и органические отходы', 'Separately collected food and organic waste'),
(1, '112', '1', '100', 't', 13, 'Бөлек жиналған тоқыма', 'Раздельно собранный текстиль', 'Separately collected textiles'),
(1, '113', '1', '100', 't', 14, 'Электр және электрондық жабдықтардың қалдықтары', 'Отходы электрического и электронного оборудования', 'Waste electrical and electronic equipment'),
(1, '114', '1', '100', 't', 15, 'Бөлек жиналған басқа қалдықтар', 'Прочие раздельно собранные отходы', 'Other separately collected waste'),
(1, '200', '2', null, 't', 16, 'Жиналған қалдықтарды беру, барлығы', 'Передано собранных отходов, всего', 'Collected waste passed on, total'),
(1, '201', '2', '200', 't', 17, 'ҚТҚ полигондарына жеткізілді', 'Доставлено на полигоны ТБО', 'Delivered to MSW landfills'),
(1, '202', '2', '200', 't', 18, 'Басқа ұйымдардың сұрыптау объектілеріне жеткізілді', 'Доставлено на сортировку другим организациям', 'Delivered to sorting facilities of other organisations'),
(1, '203', '2', '200', 't', 19, 'Қайта өңдеу зауыттарына жеткізілді', 'Доставлено на перерабатывающие заводы', 'Delivered to recycling/processing plants'),
(1, '204', '2', '200', 't', 20, 'Энергетикалық кәдеге жаратуға жеткізілді', 'Доставлено на энергетическую утилизацию', 'Delivered to energy recovery'),
(1, '205', '2', '200', 't', 21, 'Өз объектілерінде сұрыпталды немесе өңделді', 'Отсортировано или переработано на собственных объектах', 'Sorted or processed at own facilities'),
(1, '206', '2', '200', 't', 22, 'Басқа бағыттар', 'Прочие направления', 'Other destinations'),
(1, '300', '3', null, 'persons', 23, 'Қызмет көрсетілетін халық', 'Обслуживаемое население', 'Population served'),
(1, '301', '3', null, 'count', 24, 'Қызмет көрсетілетін елді мекендер', 'Обслуживаемые населённые пункты', 'Settlements served'),
(1, '302', '3', null, 'count', 25, 'Қоқыс тасығыш көліктер', 'Мусоровозы', 'Collection vehicles'),
(1, '303', '3', null, 'count', 26, 'Контейнер алаңдары', 'Контейнерные площадки', 'Container sites'),
(2, '400', '4', null, 't', 1, '1 қаңтардағы қалдық', 'Остаток на 1 января', 'Stock at 1 January'),
(2, '500', '5', null, 't', 2, 'Қабылданған қалдықтар, барлығы', 'Принято отходов, всего', 'Waste received, total'),
(2, '501', '5', '500', 't', 3, 'Жинаушылардан', 'От сборщиков', 'From collectors'),
(2, '502', '5', '500', 't', 4, 'Басқа заңды тұлғалардан тікелей', 'Непосредственно от других юридических лиц', 'Directly from other legal entities'),
(2, '503', '5', '500', 't', 5, 'Басқа объектілердің қалдықтары', 'Остатки с других объектов', 'Residues from other facilities'),
(2, '600', '6', null, 't', 6, 'Сұрыпталды, барлығы', 'Отсортировано, всего', 'Sorted, total'),
(2, '601', '6', '600', 't', 7, 'Бөлінген фракция: қағаз және картон', 'Выделенная фракция: бумага и картон', 'Fraction sorted out: paper and cardboard'),
(2, '602', '6', '600', 't', 8, 'Бөлінген фракция: пластик', 'Выделенная фракция: пластик', 'Fraction sorted out: plastics'),
(2, '603', '6', '600', 't', 9, 'Бөлінген фракция: шыны', 'Выделенная фракция: стекло', 'Fraction sorted out: glass'),
(2, '604', '6', '600', 't', 10, 'Бөлінген фракция: металдар', 'Выделенная фракция: металлы', 'Fraction sorted out: metals'),
(2, '605', '6', '600', 't', 11, 'Бөлінген фракция: тамақ және органикалық', 'Выделенная фракция: пищевые и органические', 'Fraction sorted out: food and organic'),
(2, '606', '6', '600', 't', 12, 'Бөлінген фракция: басқалары', 'Выделенная фракция: прочие', 'Fraction sorted out: other'),
(2, '610', '6', null, 't', 13, 'Қайта өңделді (материалдық кәдеге жарату)', 'Переработано (материальная утилизация)', 'Recycled (material recovery)'),
(2, '611', '6', null, 't', 14, 'Компостталды / биологиялық өңделді', 'Компостировано / биологически переработано', 'Composted / biologically treated'),
(2, '612', '6', null, 't', 15, 'Энергетикалық кәдеге жаратылды', 'Энергетическая утилизация', 'Energy recovery'),
(2, '620', '6', null, 't', 16, 'Осы объектіде көмілді', 'Захоронено на данном объекте', 'Buried at this facility'),
(2, '621', '6', null, 't', 17, 'Басқа объектілерге берілді', 'Передано на другие объекты', 'Passed to other facilities'),
(2, '700', '7', null, 't', 18, '31 желтоқсандағы қалдық', 'Остаток на 31 декабря', 'Stock at 31 December');

insert into form_detail_table (form_version_id, code, counterparty, categories, sort_order, name_kk, name_ru, name_en) values
(1, 'deliveries', 'FACILITY', 'LANDFILL,SORTING,RECYCLING,ENERGY_RECOVERY,OTHER', 1, '4-бөлім. Объектілерге жеткізу', 'Раздел 4. Доставка на объекты', 'Section 4. Deliveries to facilities'),
(2, 'suppliers', 'ORGANISATION', null, 1, '5-бөлім. Жеткізушілер (жинаушылар)', 'Раздел 5. Поставщики (сборщики)', 'Section 5. Suppliers (collectors)');

insert into form_rule (form_version_id, id, kind, severity, params, sort_order, message_kk, message_ru, message_en) values
(1, 'W1-NONNEG', 'NON_NEGATIVE', 'ERROR', 'lines=*', 1, '{line} жолы ({label}) теріс болмауы керек: {value} {unit}.', 'Строка {line} ({label}) не может быть отрицательной: {value} {unit}.', 'Line {line} ({label}) cannot be negative: {value} {unit}.'),
(1, 'W1-REQ-100', 'REQUIRED', 'ERROR', 'lines=100,200,300', 2, '{line} жолы ({label}) толтырылуы керек.', 'Строка {line} ({label}) должна быть заполнена.', 'Line {line} ({label}) must be filled in.'),
(1, 'W1-SUM-100', 'SUM_OF_PARTS', 'ERROR', 'total=100;parts=101-114;tolerance=0.001', 3, '{line} жолы ({value} т) {parts} жолдарының қосындысына ({expected} т) тең емес.', 'Строка {line} ({value} т) не равна сумме строк {parts} ({expected} т).', 'Line {line} ({value} t) is not the sum of lines {parts} ({expected} t).'),
(1, 'W1-SUM-200', 'SUM_OF_PARTS', 'ERROR', 'total=200;parts=201-206;tolerance=0.001', 4, '{line} жолы ({value} т) {parts} жолдарының қосындысына ({expected} т) тең емес.', 'Строка {line} ({value} т) не равна сумме строк {parts} ({expected} т).', 'Line {line} ({value} t) is not the sum of lines {parts} ({expected} t).'),
(1, 'W1-200-100', 'COMPARISON', 'WARNING', 'left=200;right=100;operator=EQ;tolerancePercent=0.5;errorAbovePercent=5', 5, 'Берілген қалдықтар (200-жол, {value} т) жиналғандардан (100-жол, {expected} т) {percent} %-ға ерекшеленеді.', 'Передано отходов (строка 200, {value} т) отличается от собранного (строка 100, {expected} т) на {percent} %.', 'Waste passed on (line 200, {value} t) differs from waste collected (line 100, {expected} t) by {percent} %.'),
(1, 'W1-DEL-201', 'DETAIL_SUM', 'ERROR', 'table=deliveries;line=201;category=LANDFILL;tolerancePercent=0.5', 6, '4-бөлімдегі {line} жолына сәйкес жеткізулер ({expected} т) {line} жолынан ({value} т) {percent} %-ға ерекшеленеді.', 'Доставки раздела 4 по строке {line} ({expected} т) отличаются от строки {line} ({value} т) на {percent} %.', 'Section 4 deliveries for line {line} ({expected} t) differ from line {line} ({value} t) by {percent} %.'),
(1, 'W1-DEL-202', 'DETAIL_SUM', 'ERROR', 'table=deliveries;line=202;category=SORTING;tolerancePercent=0.5', 7, '4-бөлімдегі {line} жолына сәйкес жеткізулер ({expected} т) {line} жолынан ({value} т) {percent} %-ға ерекшеленеді.', 'Доставки раздела 4 по строке {line} ({expected} т) отличаются от строки {line} ({value} т) на {percent} %.', 'Section 4 deliveries for line {line} ({expected} t) differ from line {line} ({value} t) by {percent} %.'),
(1, 'W1-DEL-203', 'DETAIL_SUM', 'ERROR', 'table=deliveries;line=203;category=RECYCLING;tolerancePercent=0.5', 8, '4-бөлімдегі {line} жолына сәйкес жеткізулер ({expected} т) {line} жолынан ({value} т) {percent} %-ға ерекшеленеді.', 'Доставки раздела 4 по строке {line} ({expected} т) отличаются от строки {line} ({value} т) на {percent} %.', 'Section 4 deliveries for line {line} ({expected} t) differ from line {line} ({value} t) by {percent} %.'),
(1, 'W1-DEL-204', 'DETAIL_SUM', 'ERROR', 'table=deliveries;line=204;category=ENERGY_RECOVERY;tolerancePercent=0.5', 9, '4-бөлімдегі {line} жолына сәйкес жеткізулер ({expected} т) {line} жолынан ({value} т) {percent} %-ға ерекшеленеді.', 'Доставки раздела 4 по строке {line} ({expected} т) отличаются от строки {line} ({value} т) на {percent} %.', 'Section 4 deliveries for line {line} ({expected} t) differ from line {line} ({value} t) by {percent} %.'),
(1, 'W1-MAGNITUDE', 'MAGNITUDE_PRIOR_YEAR', 'WARNING', 'lines=*;low=900;high=1100', 10, '{line} жолы ({value} т) өткен жылғыдан ({prior} т) шамамен 1000 есе ерекшеленеді: килограммен енгізген жоқсыз ба?', 'Строка {line} ({value} т) отличается от прошлого года ({prior} т) примерно в 1000 раз: не введены ли килограммы?', 'Line {line} ({value} t) is about 1,000 times last year''s ({prior} t): did you enter kilograms instead of tonnes?'),
(2, 'W2-NONNEG', 'NON_NEGATIVE', 'ERROR', 'lines=*', 11, '{line} жолы ({label}) теріс болмауы керек: {value} {unit}.', 'Строка {line} ({label}) не может быть отрицательной: {value} {unit}.', 'Line {line} ({label}) cannot be negative: {value} {unit}.'),
(2, 'W2-REQ', 'REQUIRED', 'ERROR', 'lines=500', 12, '{line} жолы ({label}) толтырылуы керек.', 'Строка {line} ({label}) должна быть заполнена.', 'Line {line} ({label}) must be filled in.'),
(2, 'W2-SUM-500', 'SUM_OF_PARTS', 'ERROR', 'total=500;parts=501-503;tolerance=0.001', 13, '{line} жолы ({value} т) {parts} жолдарының қосындысына ({expected} т) тең емес.', 'Строка {line} ({value} т) не равна сумме строк {parts} ({expected} т).', 'Line {line} ({value} t) is not the sum of lines {parts} ({expected} t).'),
(2, 'W2-BALANCE', 'COMPARISON', 'WARNING', 'left=400,500;right=610,611,612,620,621,700;operator=EQ;tolerancePercent=1', 14, 'Масса балансы сақталмаған: қалдық пен қабылданғаны ({value} т) шыққаны мен қалдықтан ({expected} т) {percent} %-ға ерекшеленеді.', 'Нарушен баланс масс: остаток и принятое ({value} т) отличаются от выбытия и остатка ({expected} т) на {percent} %.', 'Mass balance does not hold: stock and receipts ({value} t) differ from outputs and closing stock ({expected} t) by {percent} %.'),
(2, 'W2-FRACTIONS', 'COMPARISON', 'ERROR', 'left=601,602,603,604,605,606;right=600;operator=LE', 15, 'Бөлінген фракциялардың қосындысы ({value} т) сұрыпталғаннан (600-жол, {expected} т) аспауы керек.', 'Сумма выделенных фракций ({value} т) не может превышать отсортированное (строка 600, {expected} т).', 'The fractions sorted out ({value} t) cannot exceed waste sorted (line 600, {expected} t).'),
(2, 'W2-SORTED', 'COMPARISON', 'ERROR', 'left=600;right=400,500;operator=LE', 16, 'Сұрыпталғаны (600-жол, {value} т) қалдық пен қабылданғаннан ({expected} т) аспауы керек.', 'Отсортированное (строка 600, {value} т) не может превышать остаток и принятое ({expected} т).', 'Waste sorted (line 600, {value} t) cannot exceed opening stock plus receipts ({expected} t).'),
(2, 'W2-CAPACITY', 'RATIO_TO_HEADER', 'WARNING', 'line=500;header=designCapacity;maxPercent=100', 17, 'Қабылданған қалдықтар ({value} т) жобалық қуаттың {percent} %-ын құрайды (шегі {limit} %).', 'Принятые отходы ({value} т) составляют {percent} % проектной мощности (предел {limit} %).', 'Waste received ({value} t) is {percent} % of the design capacity (limit {limit} %).'),
(2, 'W2-LANDFILL-CLASS', 'LANDFILL_CLASS', 'ERROR', 'line=620;header=landfillClass;allowedClasses=3', 18, 'Объект 3-сыныпты ҚТҚ полигоны емес, бірақ коммуналдық қалдықтардың көмілуін көрсетеді ({value} т, {line} жолы).', 'Объект не является полигоном ТБО 3 класса, но отражает захоронение коммунальных отходов ({value} т, строка {line}).', 'The facility is not a class 3 MSW landfill but reports burial of municipal waste ({value} t, line {line}).'),
(2, 'W2-SUP-501', 'DETAIL_SUM', 'ERROR', 'table=suppliers;line=501;tolerancePercent=0.5', 19, '5-бөлімдегі жеткізушілер ({expected} т) 501-жолдан ({value} т) {percent} %-ға ерекшеленеді.', 'Поставщики раздела 5 ({expected} т) отличаются от строки 501 ({value} т) на {percent} %.', 'Section 5 suppliers ({expected} t) differ from line 501 ({value} t) by {percent} %.'),
(2, 'W2-MAGNITUDE', 'MAGNITUDE_PRIOR_YEAR', 'WARNING', 'lines=*;low=900;high=1100', 20, '{line} жолы ({value} т) өткен жылғыдан ({prior} т) шамамен 1000 есе ерекшеленеді: килограммен енгізген жоқсыз ба?', 'Строка {line} ({value} т) отличается от прошлого года ({prior} т) примерно в 1000 раз: не введены ли килограммы?', 'Line {line} ({value} t) is about 1,000 times last year''s ({prior} t): did you enter kilograms instead of tonnes?');
