package kz.qaldyq.validation;

import static kz.qaldyq.validation.RuleKind.COMPARISON;
import static kz.qaldyq.validation.RuleKind.DETAIL_SUM;
import static kz.qaldyq.validation.RuleKind.LANDFILL_CLASS;
import static kz.qaldyq.validation.RuleKind.MAGNITUDE_PRIOR_YEAR;
import static kz.qaldyq.validation.RuleKind.NON_NEGATIVE;
import static kz.qaldyq.validation.RuleKind.RATIO_TO_HEADER;
import static kz.qaldyq.validation.RuleKind.REQUIRED;
import static kz.qaldyq.validation.RuleKind.SUM_OF_PARTS;
import static kz.qaldyq.validation.Severity.ERROR;
import static kz.qaldyq.validation.Severity.INFO;
import static kz.qaldyq.validation.Severity.WARNING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The portal's version-2025 layouts of waste-1 and waste-2 (DOMAIN §3) with their controls, and report builders. */
final class Forms {

    static final String DELIVERIES = "deliveries";
    static final String SUPPLIERS = "suppliers";

    private Forms() {
    }

    static FormSpec waste1() {
        List<LineSpec> lines = List.of(
                t("100", "Жиналған коммуналдық қалдықтар, барлығы", "Собрано коммунальных отходов, всего",
                        "Municipal waste collected, total"),
                t("101", "Үй шаруашылықтарының аралас қалдықтары", "Смешанные отходы домохозяйств",
                        "Mixed waste from households"),
                t("102", "Заңды тұлғалардың тұрмыстық қалдықтарға ұқсас қалдықтары",
                        "Отходы юридических лиц, сходные с бытовыми",
                        "Waste from legal entities similar to household waste"),
                t("103", "Көше сыпырындылары", "Уличный смёт", "Street sweepings"),
                t("104", "Базар қалдықтары", "Рыночные отходы", "Market waste"),
                t("105", "Саябақ және бақ қалдықтары", "Отходы парков и садов", "Park and garden waste"),
                t("106", "Ірі габаритті қалдықтар", "Крупногабаритные отходы", "Bulky waste"),
                t("107", "Бөлек жиналған қағаз және картон", "Раздельно собранные бумага и картон",
                        "Separately collected paper and cardboard"),
                t("108", "Бөлек жиналған пластик, полиэтилен, ПЭТ", "Раздельно собранные пластик, полиэтилен, ПЭТ",
                        "Separately collected plastics, polyethylene, PET"),
                t("109", "Бөлек жиналған шыны", "Раздельно собранное стекло", "Separately collected glass"),
                t("110", "Бөлек жиналған металдар", "Раздельно собранные металлы", "Separately collected metals"),
                t("111", "Бөлек жиналған тағам және органикалық қалдықтар",
                        "Раздельно собранные пищевые и органические отходы",
                        "Separately collected food and organic waste"),
                t("112", "Бөлек жиналған тоқыма", "Раздельно собранный текстиль", "Separately collected textiles"),
                t("113", "Электр және электрондық жабдықтар қалдықтары",
                        "Отходы электрического и электронного оборудования",
                        "Waste electrical and electronic equipment"),
                t("114", "Бөлек жиналған басқа қалдықтар", "Прочие раздельно собранные отходы",
                        "Other separately collected waste"),
                t("200", "Жиналған қалдықтар берілді, барлығы", "Передано собранных отходов, всего",
                        "Collected waste passed on, total"),
                t("201", "ҚТҚ полигондарына жеткізілді", "Доставлено на полигоны ТБО", "Delivered to MSW landfills"),
                t("202", "Басқа ұйымдардың сұрыптау желілеріне жеткізілді",
                        "Доставлено на сортировку другим организациям",
                        "Delivered to sorting facilities of other organisations"),
                t("203", "Қайта өңдеу зауыттарына жеткізілді", "Доставлено на перерабатывающие заводы",
                        "Delivered to recycling/processing plants"),
                t("204", "Энергетикалық кәдеге жаратуға жеткізілді", "Доставлено на энергетическую утилизацию",
                        "Delivered to energy recovery"),
                t("205", "Өз қуаттарында сұрыпталды немесе өңделді",
                        "Отсортировано или переработано на собственных мощностях",
                        "Sorted or processed at own facilities"),
                t("206", "Басқа бағыттар", "Прочие направления", "Other destinations"),
                new LineSpec("300", new Text("Қызмет көрсетілетін халық", "Обслуживаемое население",
                        "Population served"), "persons"),
                new LineSpec("301", new Text("Қызмет көрсетілетін елді мекендер", "Обслуживаемые населённые пункты",
                        "Settlements served"), "count"),
                new LineSpec("302", new Text("Қоқыс тасығыш көліктер", "Мусоровозы", "Collection vehicles"), "count"),
                new LineSpec("303", new Text("Контейнер алаңдары", "Контейнерные площадки", "Container sites"),
                        "count"));
        List<RuleSpec> rules = new ArrayList<>(List.of(
                RuleSpec.of("w1-non-negative", NON_NEGATIVE, ERROR, NON_NEGATIVE_MESSAGE, "lines", "*"),
                RuleSpec.of("w1-required-totals", REQUIRED, ERROR, REQUIRED_MESSAGE, "lines", "100, 200, 300"),
                RuleSpec.of("w1-required-service", REQUIRED, WARNING, REQUIRED_MESSAGE, "lines", "301-302"),
                RuleSpec.of("w1-required-containers", REQUIRED, INFO, REQUIRED_MESSAGE, "lines", "303"),
                RuleSpec.of("w1-required-main-sources", REQUIRED, WARNING, REQUIRED_MESSAGE, "lines", "101-102"),
                RuleSpec.of("w1-sum-100", SUM_OF_PARTS, ERROR, SUM_MESSAGE, "total", "100", "parts", "101-114"),
                RuleSpec.of("w1-sum-200", SUM_OF_PARTS, ERROR, SUM_MESSAGE, "total", "200", "parts", "201-206"),
                RuleSpec.of("w1-passed-on-vs-collected", COMPARISON, WARNING, PASSED_ON_MESSAGE,
                        "left", "200", "right", "100", "operator", "EQ",
                        "tolerancePercent", "0.5", "errorAbovePercent", "5"),
                RuleSpec.of("w1-magnitude", MAGNITUDE_PRIOR_YEAR, WARNING, MAGNITUDE_MESSAGE, "lines", "*"),
                // Population typed in thousands is a thousandth of last year's figure.
                RuleSpec.of("w1-population-in-thousands", MAGNITUDE_PRIOR_YEAR, WARNING, POPULATION_MESSAGE,
                        "lines", "300"),
                RuleSpec.of("w1-vehicles-vs-sites", COMPARISON, INFO, VEHICLES_MESSAGE,
                        "left", "302", "right", "303", "operator", "LE")));
        String[][] destinations = {{"201", "LANDFILL"}, {"202", "SORTING"}, {"203", "RECYCLING"},
                {"204", "ENERGY_RECOVERY"}};
        for (String[] d : destinations) {
            rules.add(RuleSpec.of("w1-s4-" + d[0], DETAIL_SUM, ERROR, DELIVERIES_MESSAGE,
                    "table", DELIVERIES, "line", d[0], "category", d[1], "tolerancePercent", "0.5"));
        }
        return new FormSpec("waste-1", "2025", lines, rules);
    }

    /**
     * A consistent waste-1 report for a mid-sized collector, with section 4 and last year's values: 100 = 90 401 t,
     * 200 = 90 150 t (0.28 % less, within the 0.5 % tolerance).
     */
    static ReportData cleanWaste1() {
        Map<String, BigDecimal> v = values(
                "101", "61250.400", "102", "18400.000", "103", "3120.250", "104", "2210.000", "105", "1480.750",
                "106", "950.000", "107", "1210.300", "108", "860.150", "109", "410.000", "110", "95.500",
                "111", "320.000", "112", "45.000", "113", "12.650", "114", "36.000",
                "201", "71100.000", "202", "9800.000", "203", "3350.000", "204", "1200.000", "205", "3950.000",
                "206", "750.000",
                "300", "412000", "301", "37", "302", "64", "303", "1830");
        v.put("100", sum(v, "101", "114"));
        v.put("200", sum(v, "201", "206"));
        List<DetailRow> deliveries = List.of(
                new DetailRow(DELIVERIES, "LF-0117", "LANDFILL", new BigDecimal("52300.000")),
                new DetailRow(DELIVERIES, "LF-0242", "LANDFILL", new BigDecimal("18800.000")),
                new DetailRow(DELIVERIES, "181140012345", "SORTING", new BigDecimal("9800.000")),
                new DetailRow(DELIVERIES, "RC-0031", "RECYCLING", new BigDecimal("2100.000")),
                new DetailRow(DELIVERIES, "RC-0044", "RECYCLING", new BigDecimal("1250.000")),
                new DetailRow(DELIVERIES, "ER-0002", "ENERGY_RECOVERY", new BigDecimal("1200.000")));
        Map<String, BigDecimal> prior = values("100", "87950.000", "101", "60100.000", "102", "17900.000",
                "200", "87800.000", "201", "70400.000", "300", "405000");
        return new ReportData(v, deliveries, Map.of(), prior);
    }

    static FormSpec waste2() {
        List<LineSpec> lines = List.of(
                t("400", "1 қаңтардағы қалдық", "Остаток на 1 января", "Stock at 1 January"),
                t("500", "Қабылданған қалдықтар, барлығы", "Принято отходов, всего", "Waste received, total"),
                t("501", "Жинаушылардан", "От сборщиков", "From collectors"),
                t("502", "Басқа заңды тұлғалардан тікелей", "Непосредственно от других юридических лиц",
                        "Directly from other legal entities"),
                t("503", "Басқа объектілердің қалдықтары", "Остатки других объектов",
                        "Residues from other facilities"),
                t("600", "Сұрыпталды, барлығы", "Отсортировано, всего", "Sorted, total"),
                t("601", "Қағаз және картон", "Бумага и картон", "Paper and cardboard"),
                t("602", "Пластик", "Пластик", "Plastics"),
                t("603", "Шыны", "Стекло", "Glass"),
                t("604", "Металдар", "Металлы", "Metals"),
                t("605", "Тағам және органикалық", "Пищевые и органические", "Food and organic"),
                t("606", "Басқалары", "Прочие", "Other"),
                t("610", "Қайта өңделді", "Переработано", "Recycled"),
                t("611", "Компостталды", "Компостировано", "Composted"),
                t("612", "Энергетикалық кәдеге жаратылды", "Энергетическая утилизация", "Energy recovery"),
                t("620", "Осы объектіде көмілді", "Захоронено на объекте", "Buried at this facility"),
                t("621", "Басқа объектілерге берілді", "Передано другим объектам", "Passed to other facilities"),
                t("700", "31 желтоқсандағы қалдық", "Остаток на 31 декабря", "Stock at 31 December"));
        List<RuleSpec> rules = List.of(
                RuleSpec.of("w2-non-negative", NON_NEGATIVE, ERROR, NON_NEGATIVE_MESSAGE, "lines", "*"),
                RuleSpec.of("w2-sum-500", SUM_OF_PARTS, ERROR, SUM_MESSAGE, "total", "500", "parts", "501-503"),
                RuleSpec.of("w2-mass-balance", COMPARISON, WARNING, BALANCE_MESSAGE, "left", "400,500",
                        "right", "610,611,612,620,621,700", "operator", "EQ", "tolerancePercent", "1",
                        "line", "700"),
                RuleSpec.of("w2-fractions-within-sorted", COMPARISON, ERROR, NOT_ABOVE_MESSAGE,
                        "left", "601-606", "right", "600", "operator", "LE"),
                RuleSpec.of("w2-sorted-within-input", COMPARISON, ERROR, NOT_ABOVE_MESSAGE,
                        "left", "600", "right", "400,500", "operator", "LE"),
                RuleSpec.of("w2-capacity", RATIO_TO_HEADER, WARNING, CAPACITY_MESSAGE,
                        "line", "500", "header", "designCapacity", "maxPercent", "100"),
                RuleSpec.of("w2-landfill-class", LANDFILL_CLASS, ERROR, LANDFILL_MESSAGE,
                        "line", "620", "allowedClasses", "3"),
                RuleSpec.of("w2-s5-501", DETAIL_SUM, ERROR, SUPPLIERS_MESSAGE, "table", SUPPLIERS, "line", "501"),
                RuleSpec.of("w2-magnitude", MAGNITUDE_PRIOR_YEAR, WARNING, MAGNITUDE_MESSAGE, "lines", "*"));
        return new FormSpec("waste-2", "2025", lines, rules);
    }

    /** A consistent waste-2 report of a class-3 landfill with a sorting line. */
    static ReportData cleanWaste2() {
        Map<String, BigDecimal> v = values("400", "1200.000", "500", "150000.000", "501", "120000.000",
                "502", "28000.000", "503", "2000.000", "600", "30000.000", "601", "3100.000", "602", "2400.000",
                "603", "900.000", "604", "650.000", "605", "4100.000", "606", "800.000", "610", "6500.000",
                "611", "4100.000", "612", "0", "620", "138000.000", "621", "1200.000", "700", "1400.000");
        List<DetailRow> suppliers = List.of(
                new DetailRow(SUPPLIERS, "010440052602", null, new BigDecimal("80000.000")),
                new DetailRow(SUPPLIERS, "100000000205", null, new BigDecimal("40000.000")));
        return new ReportData(v, suppliers, Map.of("landfillClass", "3", "designCapacity", "450000"),
                values("500", "148000.000", "620", "137000.000"));
    }

    static final Text NON_NEGATIVE_MESSAGE = new Text(
            "{line} жол ({label}): {value} {unit} — мән теріс болмауы керек.",
            "Строка {line} ({label}): {value} {unit} — значение не может быть отрицательным.",
            "Line {line} ({label}): {value} {unit} — a quantity cannot be negative.");
    static final Text REQUIRED_MESSAGE = new Text(
            "{line} жол ({label}) толтырылмаған.",
            "Строка {line} ({label}) не заполнена.",
            "Line {line} ({label}) is not filled in.");
    static final Text POPULATION_MESSAGE = new Text(
            "{line} жол: {value} адам, өткен жылы {prior} адам болған. Мың адаммен енгіздіңіз бе?",
            "Строка {line}: {value} чел. при {prior} чел. в прошлом году. Не указано ли население в тысячах?",
            "Line {line}: {value} persons against {prior} last year. Did you enter thousands?");
    static final Text VEHICLES_MESSAGE = new Text(
            "Көліктер саны ({value}) контейнер алаңдарының санынан ({expected}) көп.",
            "Мусоровозов ({value}) больше, чем контейнерных площадок ({expected}).",
            "More collection vehicles ({value}) than container sites ({expected}).");
    static final Text SUM_MESSAGE = new Text(
            "{line} жол ({value} т) {parts} жолдарының сомасына ({expected} т) тең емес.",
            "Строка {line} ({value} т) не равна сумме строк {parts} ({expected} т).",
            "Line {line} ({value} t) is not the sum of lines {parts} ({expected} t).");
    static final Text PASSED_ON_MESSAGE = new Text(
            "Берілген қалдықтар ({value} т) жиналғаннан ({expected} т) {percent} %-ға өзгеше (шегі {limit} %).",
            "Передано отходов ({value} т) на {percent} % отличается от собранного ({expected} т), допуск {limit} %.",
            "Waste passed on ({value} t) differs from waste collected ({expected} t) by {percent} % (limit {limit} %).");
    static final Text BALANCE_MESSAGE = new Text(
            "Масса балансы: {left} жолдары ({value} т) {right} жолдарынан ({expected} т) {percent} %-ға өзгеше.",
            "Баланс масс: строки {left} ({value} т) отличаются от строк {right} ({expected} т) на {percent} %.",
            "Mass balance: lines {left} ({value} t) differ from lines {right} ({expected} t) by {percent} %.");
    static final Text NOT_ABOVE_MESSAGE = new Text(
            "{left} жолдары ({value} т) {right} жолдарынан ({expected} т) аспауы керек.",
            "Строки {left} ({value} т) не могут превышать строки {right} ({expected} т).",
            "Lines {left} ({value} t) cannot exceed lines {right} ({expected} t).");
    static final Text CAPACITY_MESSAGE = new Text(
            "Қабылданған қалдықтар ({value} т) жобалық қуаттың ({expected} т) {percent} %-ын құрайды.",
            "Принято отходов ({value} т) — {percent} % проектной мощности ({expected} т).",
            "Waste received ({value} t) is {percent} % of the design capacity ({expected} t).");
    static final Text LANDFILL_MESSAGE = new Text(
            "{line} жолы бойынша көму ({value} т) тек {expected} сыныпты полигонда мүмкін, объект сыныбы: {header}.",
            "Захоронение по строке {line} ({value} т) допускается только на полигоне класса {expected}, класс объекта: {header}.",
            "Burial on line {line} ({value} t) is only allowed at a class {expected} landfill; the facility's class: {header}.");
    static final Text DELIVERIES_MESSAGE = new Text(
            "4-бөлімдегі {category} жеткізілімдері ({expected} т) {line} жолымен ({value} т) сәйкес емес.",
            "Поставки раздела 4 вида {category} ({expected} т) не совпадают со строкой {line} ({value} т).",
            "Section 4 deliveries of type {category} ({expected} t) do not match line {line} ({value} t).");
    static final Text SUPPLIERS_MESSAGE = new Text(
            "5-бөлімдегі жеткізушілер сомасы ({expected} т) {line} жолымен ({value} т) сәйкес емес.",
            "Сумма поставщиков раздела 5 ({expected} т) не совпадает со строкой {line} ({value} т).",
            "Section 5 suppliers ({expected} t) do not match line {line} ({value} t).");
    static final Text MAGNITUDE_MESSAGE = new Text(
            "{line} жол: {value} т өткен жылғы {prior} т-дан шамамен {ratio} есе. Килограммен енгіздіңіз бе?",
            "Строка {line}: {value} т — это примерно {ratio} × прошлогодних {prior} т. Не указаны ли килограммы?",
            "Line {line}: {value} t is about {ratio} × last year's {prior} t. Did you enter kilograms?");

    static LineSpec t(String code, String kk, String ru, String en) {
        return new LineSpec(code, new Text(kk, ru, en), "t");
    }

    /** A line labelled with its own code, for the small forms of single-rule tests. */
    static LineSpec t(String code) {
        return new LineSpec(code, new Text("жол " + code, "строка " + code, "line " + code), "t");
    }

    static FormSpec form(List<LineSpec> lines, RuleSpec... rules) {
        return new FormSpec("test", "1", lines, List.of(rules));
    }

    static List<LineSpec> lines(String... codes) {
        List<LineSpec> lines = new ArrayList<>();
        for (String code : codes) {
            lines.add(t(code));
        }
        return lines;
    }

    /** {@code values("100", "12.5", "101", null)}: a modifiable map; a null value stands for an empty line. */
    static Map<String, BigDecimal> values(String... codesAndValues) {
        Map<String, BigDecimal> map = new HashMap<>();
        for (int i = 0; i < codesAndValues.length; i += 2) {
            String v = codesAndValues[i + 1];
            map.put(codesAndValues[i], v == null ? null : new BigDecimal(v));
        }
        return map;
    }

    static ReportData report(String... codesAndValues) {
        return ReportData.of(values(codesAndValues));
    }

    static Text message(String en) {
        return new Text(null, null, en);
    }

    private static BigDecimal sum(Map<String, BigDecimal> v, String from, String to) {
        BigDecimal s = BigDecimal.ZERO;
        for (int code = Integer.parseInt(from); code <= Integer.parseInt(to); code++) {
            s = s.add(v.get(String.valueOf(code)));
        }
        return s;
    }
}
