package kz.qaldyq.reports;

import java.util.ArrayList;
import java.util.List;

/** Kazakh sample inputs, the language whose letters a PDF most easily gets wrong. */
final class Fixtures {

    static final String KAZAKH_LETTERS = "Ә ә Ғ ғ Қ қ Ң ң Ө ө Ұ ұ Ү ү Һ һ І і";

    private static final String[] REGIONS = {"Ұлытау облысы", "Абай облысы", "Жетісу облысы", "Маңғыстау облысы",
            "Шымкент қаласы"};

    private Fixtures() {
    }

    static OrganisationExtract.Labels extractLabels() {
        return new OrganisationExtract.Labels("БСН", "Атауы", "Өңір", "Қызмет түрлері", "Құрылған уақыты",
                "Құрастырған", "Барлығы", "Бет {0} / {1}");
    }

    static OrganisationExtract extract(int rows) {
        List<OrganisationExtract.Row> list = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            list.add(new OrganisationExtract.Row(bin(i), "«Қалдық Өңдеу " + i + "» ЖШС",
                    REGIONS[i % REGIONS.length],
                    i % 3 == 0 ? "Қалдықтарды жинау; тасымалдау; кәдеге жарату; көму (полигон)" : "Қалдықтарды жинау"));
        }
        list.set(0, new OrganisationExtract.Row(bin(1), KAZAKH_LETTERS, "Ұлытау облысы", "Қауіпті қалдықтар"));
        return new OrganisationExtract("kk", extractLabels(), "Ұйымдар тізілімінен үзінді",
                "Өңір: Ұлытау облысы; қызмет түрі: қалдықтарды жинау", "2025-03-14 10:42", "Әлия Нұрланқызы",
                list);
    }

    static String bin(int i) {
        return String.format("%012d", 240140000000L + i);
    }

    static Receipt.Labels receiptLabels() {
        return new Receipt.Labels("Есеп жолдары", "Код", "Көрсеткіш", "Өлшем бірлігі", "Мәні", "Тексеру нәтижелері",
                "Ереже", "Маңыздылығы", "Хабарлама", "Түсіндірме", "Ескертулер жоқ", "Бет {0} / {1}");
    }

    static Receipt receipt(Receipt.Details details, List<Receipt.Check> checks) {
        return new Receipt("kk", receiptLabels(), "Есепті қабылдау туралы түбіртек", "Қалдықтар есебі, 2024 жыл",
                List.of(new Receipt.HeaderField("Нысан", "1-ҚАЛДЫҚТАР — Қалдықтар есебі"),
                        new Receipt.HeaderField("Есепті жыл", "2024"),
                        new Receipt.HeaderField("Ұйым", "«Ұлытау Қалдық Өңдеу» ЖШС"),
                        new Receipt.HeaderField("БСН", "240140000001"),
                        new Receipt.HeaderField("Мәртебесі", "Қабылданды"),
                        new Receipt.HeaderField("Жіберген", "Әлия Нұрланқызы"),
                        new Receipt.HeaderField("Жіберілген уақыты", "2025-03-14 10:42")),
                List.of(new Receipt.Line("010", "Жыл басындағы қалдықтар", "т", "1 250,400"),
                        new Receipt.Line("020", "Жыл ішінде түзілген қалдықтар", "т", "8 431,000"),
                        new Receipt.Line("030", "Кәдеге жаратылған қалдықтар", "т", "5 012,250"),
                        new Receipt.Line("040", "Үшінші тұлғаларға берілген қалдықтар", "т", "2 000,000"),
                        new Receipt.Line("050", "Жыл соңындағы қалдықтар", "т", "2 669,150")),
                details, checks, "Түбіртек Qaldyq порталында электрондық түрде қалыптастырылды. " + KAZAKH_LETTERS);
    }

    static Receipt.Details transfers() {
        return new Receipt.Details("Үшінші тұлғаларға берілген қалдықтар",
                List.of("Қалдық коды", "Алушы", "Мөлшері, т"),
                List.of(List.of("20 03 01", "«Таза Қала» ЖШС, Жезқазған", "1 500,000"),
                        List.of("16 06 01*", "«Өңдеу Орталығы» АҚ, Қарағанды", "500,000")));
    }

    static List<Receipt.Check> checks() {
        return List.of(new Receipt.Check("R-017", "Ескерту", "Түзілген қалдықтар өткен жылдан 40 %-ға артық",
                        "Өткен жылы 6 020,000 т болды; өсудің себебін түсіндірме жазбада көрсетіңіз."),
                new Receipt.Check("R-102", "Ақпарат", "Қауіпті қалдықтар тізілімімен сәйкес",
                        "Тізілімдегі 16 06 01* коды бойынша деректер сәйкес келеді."));
    }
}
