-- A new respondent with a large share of its region (DOMAIN §3, checks against prior years): a respondent without an
-- approved report of last year whose total is at least `share` of the region's approved total of last year.
-- waste-1 compares line 100 (collected, the collector's whole volume); waste-2 compares line 500 (received): it is
-- the one total every kind of facility has, whereas sorting (600) and burial (620) exist only at some of them.

insert into form_rule (form_version_id, id, kind, severity, params, sort_order, message_kk, message_ru, message_en) values
(1, 'W1-NEW-SHARE', 'NEW_RESPONDENT_SHARE', 'WARNING', 'line=100;share=0.3', 15,
 'Жаңа респондент: {line} жолы ({value} т) өңірдің өткен жылғы бекітілген жиынының ({expected} т) {percent} %-ын құрайды (шегі {limit} %). Сол қалдықтар басқа БСН бойынша көрсетілмегенін тексеріңіз.',
 'Новый респондент: строка {line} ({value} т) составляет {percent} % утверждённого итога региона за прошлый год ({expected} т; порог {limit} %). Проверьте, не отражены ли те же отходы под другим БИН.',
 'New respondent: line {line} ({value} t) is {percent} % of the region''s approved total of last year ({expected} t; threshold {limit} %). Check that the same waste is not reported under another BIN.'),
(2, 'W2-NEW-SHARE', 'NEW_RESPONDENT_SHARE', 'WARNING', 'line=500;share=0.3', 24,
 'Жаңа респондент: {line} жолы ({value} т) өңірдің өткен жылғы бекітілген жиынының ({expected} т) {percent} %-ын құрайды (шегі {limit} %). Сол қалдықтар басқа объект бойынша көрсетілмегенін тексеріңіз.',
 'Новый респондент: строка {line} ({value} т) составляет {percent} % утверждённого итога региона за прошлый год ({expected} т; порог {limit} %). Проверьте, не отражены ли те же отходы другим объектом.',
 'New respondent: line {line} ({value} t) is {percent} % of the region''s approved total of last year ({expected} t; threshold {limit} %). Check that the same waste is not reported by another facility.');
