-- Checks against prior years and per person (DOMAIN §3): rule kinds of the one engine, thresholds as rule parameters
-- of the form version. The thresholds are kept in the rules only; the informational columns of V5 go.

alter table form_version drop column change_warning_percent;
alter table form_version drop column change_acknowledge_percent;

-- a reviewer's acknowledgement of a large change names the rule it answers
alter table report_event add column rule_id varchar(40);

insert into form_rule (form_version_id, id, kind, severity, params, sort_order, message_kk, message_ru, message_en) values
(1, 'W1-CHANGE-25', 'CHANGE_PRIOR_YEAR', 'WARNING', 'lines=*;abovePercent=25;upToPercent=50', 11,
 '{line} жолы ({label}) өткен жылғы бекітілген мәннен ({prior} т) {percent} %-ға өзгерді: {value} т. Себебін түсіндіріңіз.',
 'Строка {line} ({label}) изменилась на {percent} % к утверждённому значению прошлого года ({prior} т): {value} т. Поясните причину.',
 'Line {line} ({label}) changed by {percent} % against last year''s approved value ({prior} t): {value} t. Explain why.'),
(1, 'W1-CHANGE-50', 'CHANGE_PRIOR_YEAR', 'WARNING', 'lines=*;abovePercent=50;acknowledge=true', 12,
 '{line} жолы ({label}) өткен жылғыдан ({prior} т) {percent} %-ға өзгерді: {value} т. Тексеруші әр жолды растауы керек.',
 'Строка {line} ({label}) изменилась на {percent} % к прошлому году ({prior} т): {value} т. Проверяющий должен подтвердить каждую строку.',
 'Line {line} ({label}) changed by {percent} % against last year ({prior} t): {value} t. The reviewer must acknowledge each such line.'),
(1, 'W1-GONE', 'DISAPPEARED_LINE', 'WARNING', 'lines=*', 13,
 '{line} жолы ({label}) өткен жылы {prior} т болды, биыл бос немесе нөл.',
 'Строка {line} ({label}) в прошлом году составляла {prior} т, в этом году пуста или равна нулю.',
 'Line {line} ({label}) was {prior} t last year and is empty or zero this year.'),
(1, 'W1-PER-CAPITA', 'PER_CAPITA', 'WARNING', 'numerator=100;denominator=300;min=100;max=600', 14,
 'Адам басына жиналған коммуналдық қалдықтар жылына {ratio} кг: 100-600 кг шегінен тыс.',
 'Собрано коммунальных отходов {ratio} кг на обслуживаемого жителя в год: вне диапазона 100–600 кг.',
 'Municipal waste collected is {ratio} kg per person served per year: outside 100-600 kg.'),
(2, 'W2-CHANGE-25', 'CHANGE_PRIOR_YEAR', 'WARNING', 'lines=*;abovePercent=25;upToPercent=50', 21,
 '{line} жолы ({label}) өткен жылғы бекітілген мәннен ({prior} т) {percent} %-ға өзгерді: {value} т. Себебін түсіндіріңіз.',
 'Строка {line} ({label}) изменилась на {percent} % к утверждённому значению прошлого года ({prior} т): {value} т. Поясните причину.',
 'Line {line} ({label}) changed by {percent} % against last year''s approved value ({prior} t): {value} t. Explain why.'),
(2, 'W2-CHANGE-50', 'CHANGE_PRIOR_YEAR', 'WARNING', 'lines=*;abovePercent=50;acknowledge=true', 22,
 '{line} жолы ({label}) өткен жылғыдан ({prior} т) {percent} %-ға өзгерді: {value} т. Тексеруші әр жолды растауы керек.',
 'Строка {line} ({label}) изменилась на {percent} % к прошлому году ({prior} т): {value} т. Проверяющий должен подтвердить каждую строку.',
 'Line {line} ({label}) changed by {percent} % against last year ({prior} t): {value} t. The reviewer must acknowledge each such line.'),
(2, 'W2-GONE', 'DISAPPEARED_LINE', 'WARNING', 'lines=*', 23,
 '{line} жолы ({label}) өткен жылы {prior} т болды, биыл бос немесе нөл.',
 'Строка {line} ({label}) в прошлом году составляла {prior} т, в этом году пуста или равна нулю.',
 'Line {line} ({label}) was {prior} t last year and is empty or zero this year.');
