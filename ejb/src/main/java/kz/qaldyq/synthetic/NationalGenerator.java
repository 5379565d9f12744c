package kz.qaldyq.synthetic;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import kz.qaldyq.organisation.Bin;

/**
 * Fills a database whose schema Flyway has made with a synthetic national picture of municipal waste (DOMAIN §7
 * gives the order of the figures): the 20 regions' collectors (about 800) and facilities (about 300: class-3 MSW
 * landfills, sorting stations, recycling plants, and class-1 and class-2 landfills that take no municipal waste and
 * so file no waste-2), five years of approved waste-1 and waste-2 reports whose lines follow the form version 2025,
 * deliveries in waste-1 section 4 that the receiving facilities report in waste-2 section 5, and approval events
 * recorded as the workflow records them (actor {@link Options#actor()}). Deterministic for a seed.
 *
 * <p>Clean data passes every rule of the form versions and every cross-check. With {@link Options#faults()}, faults
 * are planted in the last year and listed in {@link Result#faults()} with what should find them; the reports that
 * carry one are left SUBMITTED, waiting for the akimat, as they would be when the checks stop them.
 *
 * <p>Plain JDBC with batch inserts, no EJB: it runs from the command line ({@link GeneratorMain}, {@code ./qaldyq
 * generate}) and inside the server for benchmarks and tests. Identifiers come from the schema's sequences (a block is
 * reserved above what the application may hold), so a running portal can share the database. Every organisation and
 * report is marked {@code demo} (not for production). The application never calls this class.
 */
public final class NationalGenerator {

    /** What to generate. {@code regions} empty means all 20; years must lie within the form versions (2020 on). */
    public record Options(long seed, boolean faults, int fromYear, int toYear, List<String> regions, String actor) {
        public Options {
            regions = regions == null ? List.of() : List.copyOf(regions);
            if (fromYear > toYear) {
                throw new IllegalArgumentException("fromYear after toYear");
            }
            if (faults && toYear - fromYear < 1) {
                throw new IllegalArgumentException("faults need at least two years (the checks look at last year)");
            }
            actor = actor == null || actor.isBlank() ? "generator" : actor;
        }

        /** The whole country, 2021-2025. */
        public static Options national(long seed, boolean faults) {
            return new Options(seed, faults, 2021, 2025, List.of(), "generator");
        }
    }

    /**
     * A planted fault: its kind, where it is, the report that carries it (null when the fault is a missing report) and
     * what should find it: a rule and line ({@code W1-MAGNITUDE/100}), a delivery flag for a collector-facility pair
     * ({@code ONLY_COLLECTOR}), or the completeness list ({@code FILED_LAST_YEAR}).
     */
    public record Fault(String kind, String regionCode, int year, String bin, String organisation, Long reportId,
                        Long facilityId, String expected, String detail) {
        public String describe() {
            return String.format(Locale.ROOT, "%-22s %d region %s  BIN %s  report %-8s%s  expect %-18s %s (%s)", kind, year, regionCode,
                    bin, reportId == null ? "-" : String.valueOf(reportId), facilityId == null ? "" : "  facility " + facilityId,
                    expected, organisation, detail);
        }
    }

    /** National (or selected regions') totals of one year, in tonnes and persons, approved reports only. */
    public record YearTotals(int year, BigDecimal collected, BigDecimal delivered201, BigDecimal sorted, BigDecimal buried,
                             long personsServed) {
    }

    /** What was generated: counts, totals, planted faults, and the id ranges used (for {@link #remove}). */
    public record Result(int regions, int collectors, int facilities, int operators, int reports, int values, int detailRows,
                         int events, List<YearTotals> totals, List<Fault> faults, List<String> notPlanted,
                         Map<String, long[]> idRanges, double seconds) {

        public String describe() {
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "Synthetic national data (DEMO, not official statistics): %d regions, %d collectors,"
                            + " %d facilities of %d operators%n%d reports, %d line values, %d detail rows, %d events, in %.1f s%n",
                    regions, collectors, facilities, operators, reports, values, detailRows, events, seconds));
            out.append("year   collected t   to landfills t   sorted t      buried t   persons served   kg/person\n");
            for (YearTotals t : totals) {
                out.append(String.format(Locale.ROOT, "%d  %12.0f  %14.0f  %10.0f  %12.0f  %15d  %10.1f%n", t.year(), t.collected(),
                        t.delivered201(), t.sorted(), t.buried(), t.personsServed(),
                        t.personsServed() == 0 ? 0.0 : t.collected().doubleValue() * 1000 / t.personsServed()));
            }
            if (!faults.isEmpty() || !notPlanted.isEmpty()) {
                out.append("Planted faults (").append(faults.size()).append("):\n");
                faults.forEach(f -> out.append("  ").append(f.describe()).append('\n'));
                notPlanted.forEach(n -> out.append("  not planted: ").append(n).append('\n'));
            }
            return out.toString();
        }
    }

    // ---- synthetic parameters (not reference data): population 2024, yearly growth, share served, kg per person ----

    private record RegionParams(int population, double growth, double coverage, double kgPerPerson, double sortShare,
                                int sortingStations, int recyclers, boolean hazardousLandfill, String neighbour,
                                String townRu, String townKk, String townEn) {
    }

    private static final Map<String, RegionParams> PARAMS = new LinkedHashMap<>();

    static {
        p("100000000", 602_000, 0.003, 0.72, 240, 0.20, 1, 1, true, "630000000", "Семей", "Семей", "Semey");
        p("110000000", 785_000, 0.002, 0.70, 235, 0.18, 1, 1, false, "710000000", "Кокшетау", "Көкшетау", "Kokshetau");
        p("150000000", 930_000, 0.013, 0.75, 250, 0.22, 2, 2, true, "270000000", "Актобе", "Ақтөбе", "Aktobe");
        p("190000000", 1_530_000, 0.015, 0.62, 220, 0.15, 2, 2, false, "750000000", "Конаев", "Қонаев", "Konaev");
        p("230000000", 700_000, 0.016, 0.74, 260, 0.20, 1, 1, true, "270000000", "Атырау", "Атырау", "Atyrau");
        p("270000000", 690_000, 0.004, 0.70, 240, 0.18, 1, 1, true, "230000000", "Уральск", "Орал", "Oral");
        p("310000000", 1_220_000, 0.009, 0.64, 225, 0.16, 2, 1, false, "610000000", "Тараз", "Тараз", "Taraz");
        p("330000000", 700_000, 0.006, 0.66, 220, 0.00, 0, 1, false, "190000000", "Талдыкорган", "Талдықорған", "Taldykorgan");
        p("350000000", 1_130_000, 0.000, 0.85, 300, 0.60, 4, 3, true, "620000000", "Караганда", "Қарағанды", "Karaganda");
        p("390000000", 830_000, -0.004, 0.70, 235, 0.18, 1, 1, false, "110000000", "Костанай", "Қостанай", "Kostanay");
        p("430000000", 830_000, 0.013, 0.66, 225, 0.15, 1, 1, false, "610000000", "Кызылорда", "Қызылорда", "Kyzylorda");
        p("470000000", 780_000, 0.022, 0.78, 265, 0.20, 1, 1, true, "230000000", "Актау", "Ақтау", "Aktau");
        p("550000000", 750_000, 0.001, 0.76, 250, 0.20, 1, 2, true, "630000000", "Павлодар", "Павлодар", "Pavlodar");
        p("590000000", 530_000, -0.008, 0.70, 230, 0.18, 1, 1, false, "110000000", "Петропавловск", "Петропавл", "Petropavl");
        p("610000000", 2_150_000, 0.016, 0.58, 210, 0.00, 0, 1, false, "790000000", "Туркестан", "Түркістан", "Turkistan");
        p("620000000", 220_000, 0.002, 0.72, 240, 0.00, 0, 0, false, "350000000", "Жезказган", "Жезқазған", "Zhezkazgan");
        p("630000000", 720_000, 0.001, 0.74, 245, 0.20, 1, 2, true, "100000000", "Усть-Каменогорск", "Өскемен", "Oskemen");
        p("710000000", 1_450_000, 0.035, 0.95, 300, 0.40, 4, 3, false, "110000000", "Астана", "Астана", "Astana");
        p("750000000", 2_280_000, 0.022, 0.95, 300, 0.50, 5, 3, false, "190000000", "Алматы", "Алматы", "Almaty");
        p("790000000", 1_230_000, 0.025, 0.92, 280, 0.00, 0, 2, false, "610000000", "Шымкент", "Шымкент", "Shymkent");
    }

    private static void p(String code, int population, double growth, double coverage, double kg, double sortShare, int sorting,
                          int recyclers, boolean hazardous, String neighbour, String ru, String kk, String en) {
        PARAMS.put(code, new RegionParams(population, growth, coverage, kg, sortShare, sorting, recyclers, hazardous, neighbour, ru, kk, en));
    }

    private static final int NATIONAL_COLLECTORS = 800;
    private static final int PEOPLE_PER_LANDFILL = 95_000;
    /** Lines 101-114 in order, and their usual shares of line 100 (52.2 % from households, DOMAIN §7). */
    private static final String[] PARTS = {"101", "102", "103", "104", "105", "106", "107", "108", "109", "110", "111", "112", "113", "114"};
    private static final double[] PART_SHARES = {0.522, 0.17, 0.06, 0.04, 0.03, 0.02, 0.015, 0.012, 0.006, 0.004, 0.003, 0.002, 0.001, 0.089};
    private static final int HOUSEHOLDS = 0;
    private static final int LEGAL_ENTITIES = 1;
    private static final int FIRST_SEPARATE = 6;
    private static final int LAST_SEPARATE = 12;
    private static final String[][] COLLECTOR_WORDS = {
            {"Таза", "Таза", "Taza"}, {"Эко Сервис", "Эко Сервис", "Eco Service"}, {"Коммунал", "Коммунал", "Kommunal"},
            {"Жасыл Ел", "Жасыл Ел", "Zhasyl El"}, {"Чистый город", "Таза қала", "Clean City"}, {"Тазалык", "Тазалық", "Tazalyk"},
            {"Вывоз ТБО", "ҚТҚ шығару", "MSW Removal"}, {"Санитар", "Санитар", "Sanitar"}};
    private static final String[][] OPERATOR_WORDS = {
            {"Полигон", "Полигон", "Polygon"}, {"Эко Переработка", "Эко Өңдеу", "Eco Processing"}, {"Рециклинг", "Рециклинг", "Recycling"},
            {"Сортировка", "Сұрыптау", "Sorting"}, {"Экология", "Экология", "Ecology"}};

    // ---- the model built in memory before anything is written ----

    private static final class Org {
        long id;
        String bin;
        String kk;
        String ru;
        String en;
        String region;
        boolean collector;
        boolean operator;
    }

    private static final class Fac {
        long id;
        Org operator;
        String type;
        int landfillClass;
        String region;
        String name;
        boolean files;
        double weight;
        long capacityKg;
        String envCategory;
        double directShare;
        long directBase;
        double stockRatio;
        double fractionShare;
        Fac residueTo;
        Fac fractionsTo;
        final Map<Integer, FacYear> years = new HashMap<>();

        FacYear year(int y) {
            return years.computeIfAbsent(y, k -> new FacYear());
        }
    }

    private static final class Supply {
        final Org collector;
        long kg;

        Supply(Org collector, long kg) {
            this.collector = collector;
            this.kg = kg;
        }
    }

    private static final class FacYear {
        final List<Supply> suppliers = new ArrayList<>();
        long residuesIn;
        long fractionsIn;
        long closing;
        long received;
        Rep report;
    }

    private static final class Coll {
        Org org;
        Region region;
        double popShare;
        double kg;
        double[] comp;
        double sortShare;
        final List<Fac> landfills = new ArrayList<>();
        final List<Double> landfillShares = new ArrayList<>();
        Fac sorting;
        Fac recycler;
        long persons;
        boolean dominant;
        int firstYear = Integer.MIN_VALUE;
        int lastYear = Integer.MAX_VALUE;
    }

    private static final class Row {
        final Fac fac;
        final String category;
        long kg;

        Row(Fac fac, String category, long kg) {
            this.fac = fac;
            this.category = category;
            this.kg = kg;
        }
    }

    private static final class Region {
        String code;
        String nameEn;
        RegionParams params;
        final List<Coll> collectors = new ArrayList<>();
        final List<Fac> landfills = new ArrayList<>();
        final List<Fac> sorting = new ArrayList<>();
        final List<Fac> recyclers = new ArrayList<>();
        final List<Fac> other = new ArrayList<>();
        Region neighbour;
    }

    private static final class Rep {
        long id;
        Org org;
        String form;
        int year;
        String region;
        Fac facility;
        String status = "APPROVED";
        final Map<String, BigDecimal> values = new LinkedHashMap<>();
        final List<Object[]> rows = new ArrayList<>();
    }

    private final Connection c;
    private final Options options;
    private final Random random;
    private final List<Region> regions = new ArrayList<>();
    private final List<Org> orgs = new ArrayList<>();
    private final List<Fac> facilities = new ArrayList<>();
    private final List<Rep> reports = new ArrayList<>();
    private final List<Fault> faults = new ArrayList<>();
    private final List<String> notPlanted = new ArrayList<>();
    private final Set<String> usedBins = new HashSet<>();
    private final Map<Integer, Long> formVersion1 = new HashMap<>();
    private final Map<Integer, Long> formVersion2 = new HashMap<>();
    private int nameCounter;

    private NationalGenerator(Connection c, Options options) {
        this.c = c;
        this.options = options;
        this.random = new Random(options.seed());
    }

    /**
     * Generates into the database of {@code connection} (its schema must be migrated) and commits. Refuses a
     * database that already holds generated data for one of the regions and years, as totals would double.
     */
    public static Result generate(Connection connection, Options options) throws SQLException {
        long start = System.nanoTime();
        NationalGenerator g = new NationalGenerator(connection, options);
        g.load();
        g.build();
        for (int y = options.fromYear(); y <= options.toYear(); y++) {
            g.year(y);
        }
        g.capacities();
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Map<String, long[]> ranges = g.write();
            connection.commit();
            return g.result(ranges, (System.nanoTime() - start) / 1e9);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(auto);
        }
    }

    /** Deletes what {@link #generate} wrote (by the id ranges it used); for tests that share a database. */
    public static void remove(Connection connection, Result result) throws SQLException {
        long[] reports = result.idRanges().get("report");
        long[] organisations = result.idRanges().get("organisation");
        long[] facilities = result.idRanges().get("facility");
        try (Statement s = connection.createStatement()) {
            String inReports = " between " + reports[0] + " and " + reports[1];
            s.executeUpdate("delete from report_event where report_id" + inReports);
            s.executeUpdate("delete from report_explanation where report_id" + inReports);
            s.executeUpdate("delete from report_detail_row where report_id" + inReports);
            s.executeUpdate("delete from report_value where report_id" + inReports);
            s.executeUpdate("delete from report where id" + inReports);
            s.executeUpdate("delete from facility where id between " + facilities[0] + " and " + facilities[1]);
            s.executeUpdate("delete from organisation_activity where organisation_id between " + organisations[0] + " and " + organisations[1]);
            s.executeUpdate("delete from organisation where id between " + organisations[0] + " and " + organisations[1]);
        }
    }

    // ---- reading what the database holds ----

    private void load() throws SQLException {
        Map<String, String> names = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select code, name_en from kato_unit where level = 'REGION' and active order by code")) {
            while (rs.next()) {
                names.put(rs.getString(1), rs.getString(2));
            }
        }
        List<String> wanted = options.regions().isEmpty() ? new ArrayList<>(names.keySet()) : options.regions();
        for (String code : wanted) {
            if (!names.containsKey(code)) {
                throw new IllegalArgumentException("No region " + code + " in the KATO reference data");
            }
            Region r = new Region();
            r.code = code;
            r.nameEn = names.get(code);
            r.params = PARAMS.getOrDefault(code, new RegionParams(700_000, 0.01, 0.7, 240, 0.15, 1, 1, false, null,
                    names.get(code), names.get(code), names.get(code)));
            regions.add(r);
        }
        for (Region r : regions) {
            r.neighbour = regions.stream().filter(o -> o.code.equals(r.params.neighbour())).findFirst().orElse(null);
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select bin from organisation")) {
            while (rs.next()) {
                usedBins.add(rs.getString(1));
            }
        }
        try (PreparedStatement ps = c.prepareStatement("select count(*) from report r join organisation o on o.id = r.organisation_id"
                + " where o.created_by = ? and r.reporting_year between ? and ? and r.region_code = any (?)")) {
            ps.setString(1, options.actor());
            ps.setInt(2, options.fromYear());
            ps.setInt(3, options.toYear());
            ps.setArray(4, c.createArrayOf("varchar", regions.stream().map(r -> r.code).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("The database already holds generated reports for these regions and years ("
                            + rs.getLong(1) + "); generate into a fresh database");
                }
            }
        }
        for (int y = options.fromYear(); y <= options.toYear(); y++) {
            formVersion1.put(y, formVersion("waste-1", y));
            formVersion2.put(y, formVersion("waste-2", y));
        }
    }

    private long formVersion(String form, int year) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from form_version where form_code = ? and first_year <= ?"
                + " and (last_year is null or last_year >= ?) order by first_year desc limit 1")) {
            ps.setString(1, form);
            ps.setInt(2, year);
            ps.setInt(3, year);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No version of " + form + " for " + year);
                }
                return rs.getLong(1);
            }
        }
    }

    // ---- the structure: organisations, facilities, who delivers where ----

    private double between(double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    private String newBin() {
        while (true) {
            int yy = random.nextInt(28); // registered 1995-1998 or 2000-2023 (tests use the prefix 99)
            yy = yy < 4 ? 95 + yy : yy - 4;
            String prefix = String.format("%02d%02d40%05d", yy, 1 + random.nextInt(12), random.nextInt(100_000));
            for (int check = 0; check <= 9; check++) {
                String candidate = prefix + check;
                if (Bin.isValid(candidate)) {
                    if (usedBins.add(candidate)) {
                        return candidate;
                    }
                    break;
                }
            }
        }
    }

    private Org org(Region r, String[] word, boolean collector) {
        Org o = new Org();
        o.bin = newBin();
        int n = ++nameCounter;
        RegionParams p = r.params;
        o.ru = "ТОО «" + word[0] + " " + p.townRu() + "-" + n + "»";
        o.kk = "«" + word[1] + " " + p.townKk() + "-" + n + "» ЖШС";
        o.en = word[2] + " " + p.townEn() + "-" + n + " LLP";
        o.region = r.code;
        o.collector = collector;
        o.operator = !collector;
        orgs.add(o);
        return o;
    }

    private Fac facility(Region r, Org operator, String type, int landfillClass, String ru, String en, boolean files) {
        Fac f = new Fac();
        f.operator = operator;
        f.type = type;
        f.landfillClass = landfillClass;
        f.region = r.code;
        f.name = ru + " / " + en;
        f.files = files;
        f.weight = between(0.5, 1.5);
        f.envCategory = "LANDFILL".equals(type) ? (landfillClass == 3 ? "II" : "I") : "III";
        f.directShare = "LANDFILL".equals(type) ? between(0.02, 0.08) : "SORTING".equals(type) ? between(0.01, 0.03) : 0;
        f.directBase = "RECYCLING".equals(type) ? Math.round(between(3_000, 15_000) * 1000) : 0;
        f.stockRatio = "LANDFILL".equals(type) ? 0 : between(0.008, 0.02);
        f.fractionShare = between(0.16, 0.22);
        facilities.add(f);
        return f;
    }

    private String faultRegion(int index) {
        return regions.get(index % regions.size()).code;
    }

    private static final String[] FAULT_KINDS = {"MAGNITUDE", "JUMP_OVER_50", "VANISHED_LINE", "PER_CAPITA", "NEW_RESPONDENT_SHARE",
            "ONLY_COLLECTOR", "MISMATCH", "MISMATCH_CROSS_REGION", "LAPSED_COLLECTOR"};
    private final Map<String, String> faultRegions = new HashMap<>();

    private void build() {
        // which region carries which fault is drawn first, so that the structure can make room for it
        List<Region> shuffled = new ArrayList<>(regions);
        Collections.shuffle(shuffled, random);
        for (int i = 0; i < FAULT_KINDS.length; i++) {
            faultRegions.put(FAULT_KINDS[i], shuffled.get(i % shuffled.size()).code);
        }
        long nationalPopulation = PARAMS.values().stream().mapToLong(RegionParams::population).sum();
        for (Region r : regions) {
            RegionParams p = r.params;
            int landfillCount = Math.max(3, (int) Math.round((double) p.population() / PEOPLE_PER_LANDFILL));
            List<Org> operators = new ArrayList<>();
            for (int i = 0; i < landfillCount; i++) {
                Org op = org(r, OPERATOR_WORDS[i % OPERATOR_WORDS.length], false);
                operators.add(op);
                r.landfills.add(facility(r, op, "LANDFILL", 3, "Полигон ТБО " + p.townRu() + " №" + (i + 1),
                        p.townEn() + " MSW landfill No. " + (i + 1), true));
            }
            for (int i = 0; i < p.sortingStations(); i++) {
                // a third of the sorting stations stand at a landfill and belong to its operator
                Org op = i % 3 == 0 ? operators.get(i % operators.size()) : org(r, OPERATOR_WORDS[3], false);
                r.sorting.add(facility(r, op, "SORTING", 0, "Сортировочная станция " + p.townRu() + " №" + (i + 1),
                        p.townEn() + " sorting station No. " + (i + 1), true));
            }
            for (int i = 0; i < p.recyclers(); i++) {
                Org op = org(r, OPERATOR_WORDS[i % 2 == 0 ? 1 : 2], false);
                r.recyclers.add(facility(r, op, "RECYCLING", 0, "Завод переработки " + p.townRu() + " №" + (i + 1),
                        p.townEn() + " recycling plant No. " + (i + 1), true));
            }
            // landfills for industrial waste: no municipal waste, so no waste-2; their operators file for a class-3 one
            r.other.add(facility(r, operators.get(operators.size() - 1), "LANDFILL", 2, "Полигон промышленных отходов " + p.townRu(),
                    p.townEn() + " non-hazardous industrial landfill", false));
            if (p.hazardousLandfill()) {
                r.other.add(facility(r, operators.get(0), "LANDFILL", 1, "Полигон опасных отходов " + p.townRu(),
                        p.townEn() + " hazardous-waste landfill", false));
            }
            for (Fac s : r.sorting) {
                s.residueTo = r.landfills.get(0);
                s.fractionsTo = r.recyclers.isEmpty() ? null : r.recyclers.get(0);
            }

            int count = Math.max(8, (int) Math.round(NATIONAL_COLLECTORS * (double) p.population() / nationalPopulation));
            boolean city = r.code.startsWith("7");
            double dominantShare = r.code.equals(faultRegions.get("NEW_RESPONDENT_SHARE")) && options.faults() ? 0.40
                    : city ? between(0.30, 0.38) : between(0.15, 0.25);
            double[] weights = new double[count];
            double rest = 0;
            for (int i = 1; i < count; i++) {
                weights[i] = between(0.6, 1.4) / Math.pow(i, 0.8);
                rest += weights[i];
            }
            for (int i = 1; i < count; i++) {
                weights[i] = weights[i] / rest * (1 - dominantShare);
            }
            weights[0] = dominantShare;
            for (int i = 0; i < count; i++) {
                Coll col = new Coll();
                col.org = org(r, COLLECTOR_WORDS[i % COLLECTOR_WORDS.length], true);
                col.region = r;
                col.popShare = weights[i];
                col.dominant = i == 0;
                col.kg = Math.min(370, Math.max(150, p.kgPerPerson() * between(0.85, 1.15)));
                col.comp = composition(random.nextDouble() < 0.5);
                col.sortShare = r.sorting.isEmpty() ? 0 : Math.min(0.85, p.sortShare() * between(0.6, 1.4));
                // round robin first, so that every landfill and station has a supplier; then by weight
                Fac first = i < r.landfills.size() ? r.landfills.get(i) : weighted(r.landfills);
                col.landfills.add(first);
                col.landfillShares.add(1.0);
                if (random.nextDouble() < 0.25 && r.landfills.size() > 1) {
                    Fac second = weighted(r.landfills);
                    if (second != first) {
                        col.landfills.add(second);
                        double share = between(0.2, 0.4);
                        col.landfillShares.set(0, 1 - share);
                        col.landfillShares.add(share);
                    }
                }
                if (!r.sorting.isEmpty()) {
                    col.sorting = i < r.sorting.size() ? r.sorting.get(i) : weighted(r.sorting);
                }
                if (!r.recyclers.isEmpty()) {
                    col.recycler = i < r.recyclers.size() ? r.recyclers.get(i) : weighted(r.recyclers);
                }
                r.collectors.add(col);
            }
        }
        // collectors near the border deliver part of their waste to the neighbouring region's landfill
        for (Region r : regions) {
            if (r.neighbour == null) {
                continue;
            }
            int count = r.collectors.size();
            for (int k = 0; k < Math.max(1, count / 16); k++) {
                Coll col = r.collectors.get(count - 1 - (k * 3) % count);
                if (col.landfills.size() == 1 && !col.dominant) {
                    Fac other = weighted(r.neighbour.landfills);
                    double share = between(0.25, 0.45);
                    col.landfillShares.set(0, 1 - share);
                    col.landfills.add(other);
                    col.landfillShares.add(share);
                }
            }
        }
    }

    private Fac weighted(List<Fac> list) {
        double total = list.stream().mapToDouble(f -> f.weight).sum();
        double x = random.nextDouble() * total;
        for (Fac f : list) {
            x -= f.weight;
            if (x <= 0) {
                return f;
            }
        }
        return list.get(list.size() - 1);
    }

    private double[] composition(boolean separate) {
        double[] comp = new double[PARTS.length];
        double sum = 0;
        for (int i = 0; i < comp.length; i++) {
            boolean separatelyCollected = i >= FIRST_SEPARATE && i <= LAST_SEPARATE;
            comp[i] = separatelyCollected && !separate ? 0 : PART_SHARES[i] * between(0.85, 1.15);
            if (i == LEGAL_ENTITIES) {
                comp[i] = between(0.14, 0.19);
            }
            sum += comp[i];
        }
        for (int i = 0; i < comp.length; i++) {
            comp[i] /= sum;
        }
        return comp;
    }

    // ---- one year ----

    private final Map<Coll, Map<Integer, long[]>> parts = new HashMap<>();
    private final Map<Coll, Map<Integer, List<Row>>> rows = new HashMap<>();
    private final Map<Coll, Map<Integer, Long>> persons = new HashMap<>();
    private final Map<String, Coll> faultCollectors = new HashMap<>();
    private Coll successor;

    private void year(int y) {
        boolean faulty = options.faults() && y == options.toYear();
        if (faulty) {
            chooseCollectorFaults();
        }
        for (Region r : regions) {
            for (Coll col : r.collectors) {
                collectorYear(col, y);
            }
        }
        if (faulty) {
            applyCollectorFaults(y);
        }
        // the facilities' receipts are what the collectors really delivered
        for (Region r : regions) {
            for (Coll col : r.collectors) {
                List<Row> delivered = rows.get(col).get(y);
                if (delivered == null) {
                    continue;
                }
                Org supplier = col == faultCollectors.get("NEW_RESPONDENT_SHARE") && y == options.toYear() ? successor.org : col.org;
                for (Row row : delivered) {
                    row.fac.year(y).suppliers.add(new Supply(supplier, row.kg));
                }
            }
        }
        if (faulty) {
            applyFacilityFaults(y);
        }
        for (Region r : regions) {
            for (Fac f : r.sorting) {
                sortingYear(f, y);
            }
        }
        for (Region r : regions) {
            for (Fac f : r.landfills) {
                landfillYear(f, y);
            }
            for (Fac f : r.recyclers) {
                recyclerYear(f, y);
            }
        }
        for (Region r : regions) {
            for (Coll col : r.collectors) {
                if (y >= col.firstYear && y <= col.lastYear) {
                    waste1Report(col, y);
                }
            }
            if (successor != null && successor.region == r && y == options.toYear()) {
                waste1Report(successor, y);
            }
        }
    }

    private void collectorYear(Coll col, int y) {
        RegionParams p = col.region.params;
        long regionServed = Math.round(p.population() * Math.pow(1 + p.growth(), y - 2024) * p.coverage());
        long served;
        if (col.persons == 0) {
            served = Math.max(500, Math.round(regionServed * col.popShare));
        } else {
            served = Math.max(500, Math.round(col.persons * (1 + p.growth() + between(-0.012, 0.012))));
            col.kg = Math.min(370, Math.max(150, col.kg * (1 + between(-0.025, 0.025))));
            for (int i = 0; i < col.comp.length; i++) {
                col.comp[i] *= 1 + between(-0.015, 0.015);
            }
            double sum = 0;
            for (double v : col.comp) {
                sum += v;
            }
            for (int i = 0; i < col.comp.length; i++) {
                col.comp[i] /= sum;
            }
        }
        col.persons = served;
        long totalKg = Math.round(served * col.kg);
        long[] part = new long[PARTS.length];
        for (int i = 0; i < part.length; i++) {
            part[i] = Math.round(totalKg * col.comp[i]);
        }
        parts.computeIfAbsent(col, k -> new HashMap<>()).put(y, part);
        persons.computeIfAbsent(col, k -> new HashMap<>()).put(y, served);
        rows.computeIfAbsent(col, k -> new HashMap<>()).put(y, deliveries(col, part));
    }

    private static List<Row> deliveries(Coll col, long[] part) {
        long total = 0;
        for (long v : part) {
            total += v;
        }
        long recycled = 0;
        if (col.recycler != null) {
            for (int i = FIRST_SEPARATE; i <= LAST_SEPARATE; i++) {
                recycled += part[i];
            }
        }
        long sorted = col.sorting == null ? 0 : Math.round((total - recycled) * col.sortShare);
        long landfilled = total - recycled - sorted;
        List<Row> out = new ArrayList<>();
        long left = landfilled;
        for (int i = 0; i < col.landfills.size(); i++) {
            long kg = i == col.landfills.size() - 1 ? left : Math.round(landfilled * col.landfillShares.get(i));
            left -= kg;
            out.add(new Row(col.landfills.get(i), "LANDFILL", kg));
        }
        if (sorted > 0) {
            out.add(new Row(col.sorting, "SORTING", sorted));
        }
        if (recycled > 0) {
            out.add(new Row(col.recycler, "RECYCLING", recycled));
        }
        return out;
    }

    private void sortingYear(Fac f, int y) {
        FacYear fy = f.year(y);
        long fromCollectors = fy.suppliers.stream().mapToLong(s -> s.kg).sum();
        long direct = Math.round(fromCollectors * f.directShare);
        long received = fromCollectors + direct;
        FacYear last = f.years.get(y - 1);
        long opening = last == null ? Math.round(received * f.stockRatio) : last.closing;
        long closing = Math.round(received * f.stockRatio);
        long out = opening + received - closing;
        long sorted = Math.round(out * 0.97);
        long fractions = Math.round(sorted * f.fractionShare);
        fy.received = received;
        fy.closing = closing;
        if (f.fractionsTo != null) {
            f.fractionsTo.year(y).fractionsIn += fractions;
        }
        f.residueTo.year(y).residuesIn += out - fractions;
        Rep rep = waste2(f, y, fy);
        rep.values.put("400", t(opening));
        rep.values.put("500", t(received));
        rep.values.put("501", t(fromCollectors));
        rep.values.put("502", t(direct));
        rep.values.put("503", t(0));
        rep.values.put("600", t(sorted));
        long[] split = split(fractions, new double[] {0.3, 0.3, 0.15, 0.1, 0.1, 0.05});
        for (int i = 0; i < split.length; i++) {
            rep.values.put(String.valueOf(601 + i), t(split[i]));
        }
        rep.values.put("621", t(out));
        rep.values.put("700", t(closing));
    }

    private void landfillYear(Fac f, int y) {
        FacYear fy = f.year(y);
        long fromCollectors = fy.suppliers.stream().mapToLong(s -> s.kg).sum();
        if (f.directBase == 0) {
            f.directBase = Math.max(1000, Math.round(fromCollectors * f.directShare));
        } else {
            f.directBase = Math.round(f.directBase * (1 + between(-0.03, 0.04)));
        }
        long received = fromCollectors + f.directBase + fy.residuesIn;
        fy.received = received;
        Rep rep = waste2(f, y, fy);
        rep.values.put("400", t(0));
        rep.values.put("500", t(received));
        rep.values.put("501", t(fromCollectors));
        rep.values.put("502", t(f.directBase));
        rep.values.put("503", t(fy.residuesIn));
        rep.values.put("620", t(received));
        rep.values.put("700", t(0));
    }

    private void recyclerYear(Fac f, int y) {
        FacYear fy = f.year(y);
        long fromCollectors = fy.suppliers.stream().mapToLong(s -> s.kg).sum();
        if (f.years.containsKey(y - 1)) {
            f.directBase = Math.round(f.directBase * (1 + between(-0.03, 0.04)));
        }
        long received = fromCollectors + f.directBase + fy.fractionsIn;
        FacYear last = f.years.get(y - 1);
        long opening = last == null ? Math.round(received * f.stockRatio) : last.closing;
        long closing = Math.round(received * f.stockRatio);
        long out = opening + received - closing;
        long recycled = Math.round(out * 0.88);
        fy.received = received;
        fy.closing = closing;
        Rep rep = waste2(f, y, fy);
        rep.values.put("400", t(opening));
        rep.values.put("500", t(received));
        rep.values.put("501", t(fromCollectors));
        rep.values.put("502", t(f.directBase));
        rep.values.put("503", t(fy.fractionsIn));
        rep.values.put("610", t(recycled));
        rep.values.put("621", t(out - recycled));
        rep.values.put("700", t(closing));
    }

    private Rep waste2(Fac f, int y, FacYear fy) {
        Rep rep = new Rep();
        rep.org = f.operator;
        rep.form = "waste-2";
        rep.year = y;
        rep.region = f.region;
        rep.facility = f;
        int order = 0;
        for (Supply s : fy.suppliers) {
            rep.rows.add(new Object[] {"suppliers", order++, s.collector.bin, null, s.collector.ru, null, t(s.kg)});
        }
        fy.report = rep;
        reports.add(rep);
        return rep;
    }

    private void waste1Report(Coll col, int y) {
        Coll source = col == successor ? faultCollectors.get("NEW_RESPONDENT_SHARE") : col;
        long[] part = parts.get(source).get(y);
        List<Row> delivered = rows.get(source).get(y);
        long factor = col == faultCollectors.get("MAGNITUDE") && y == options.toYear() ? 1000 : 1;
        Rep rep = new Rep();
        rep.org = col.org;
        rep.form = "waste-1";
        rep.year = y;
        rep.region = col.region.code;
        long total = 0;
        for (long v : part) {
            total += v;
        }
        rep.values.put("100", t(total * factor));
        for (int i = 0; i < PARTS.length; i++) {
            if (!(i == LEGAL_ENTITIES && part[i] == 0)) {
                rep.values.put(PARTS[i], t(part[i] * factor));
            }
        }
        Map<String, Long> byCategory = new HashMap<>();
        int order = 0;
        for (Row row : delivered) {
            byCategory.merge(row.category, row.kg, Long::sum);
            rep.rows.add(new Object[] {"deliveries", order++, null, row.fac, row.fac.name, row.category, t(row.kg * factor)});
        }
        rep.values.put("200", t(total * factor));
        rep.values.put("201", t(byCategory.getOrDefault("LANDFILL", 0L) * factor));
        rep.values.put("202", t(byCategory.getOrDefault("SORTING", 0L) * factor));
        rep.values.put("203", t(byCategory.getOrDefault("RECYCLING", 0L) * factor));
        rep.values.put("204", t(0));
        rep.values.put("205", t(0));
        rep.values.put("206", t(0));
        long served = persons.get(source).get(y);
        if (col == faultCollectors.get("PER_CAPITA") && y == options.toYear()) {
            served = total / 60; // 60 kg a person: the population typed with an extra digit
        }
        rep.values.put("300", BigDecimal.valueOf(served));
        rep.values.put("301", BigDecimal.valueOf(1 + served / 25_000));
        rep.values.put("302", BigDecimal.valueOf(1 + served / 9_000));
        rep.values.put("303", BigDecimal.valueOf(1 + served / 600));
        reports.add(rep);
        for (Map.Entry<String, Coll> e : faultCollectors.entrySet()) {
            if (y == options.toYear() && e.getValue() == col && !e.getKey().equals("LAPSED_COLLECTOR")) {
                rep.status = "SUBMITTED";
            }
        }
        if (col == successor) {
            rep.status = "SUBMITTED";
        }
        colReports.computeIfAbsent(col, k -> new HashMap<>()).put(y, rep);
    }

    private final Map<Coll, Map<Integer, Rep>> colReports = new HashMap<>();

    // ---- faults ----

    private Region region(String code) {
        return regions.stream().filter(r -> r.code.equals(code)).findFirst().orElseThrow();
    }

    private final Set<Coll> used = new HashSet<>();

    /** A small collector of the region (small, so that the facilities it delivers to hardly notice), not yet used. */
    private Coll small(String kind, java.util.function.Predicate<Coll> fits) {
        Region r = region(faultRegions.get(kind));
        List<Coll> candidates = new ArrayList<>(r.collectors);
        candidates.sort(Comparator.comparingDouble(col -> col.popShare));
        for (Coll col : candidates) {
            if (!col.dominant && !used.contains(col) && fits.test(col)) {
                used.add(col);
                return col;
            }
        }
        return null;
    }

    private void chooseCollectorFaults() {
        choose("MAGNITUDE", col -> col.persons * col.kg < 20_000_000.0);
        choose("JUMP_OVER_50", col -> col.kg <= 355);
        choose("VANISHED_LINE", col -> col.comp[LEGAL_ENTITIES] <= 0.2 && col.comp[LEGAL_ENTITIES] > 0.05);
        choose("PER_CAPITA", col -> true);
        choose("LAPSED_COLLECTOR", col -> true);
        Region r = region(faultRegions.get("NEW_RESPONDENT_SHARE"));
        Coll dominant = r.collectors.get(0);
        used.add(dominant);
        faultCollectors.put("NEW_RESPONDENT_SHARE", dominant);
        dominant.lastYear = options.toYear() - 1;
        successor = new Coll();
        successor.org = org(r, COLLECTOR_WORDS[1], true);
        successor.region = r;
        successor.firstYear = options.toYear();
        faultCollectors.get("LAPSED_COLLECTOR").lastYear = options.toYear() - 1;
    }

    private void choose(String kind, java.util.function.Predicate<Coll> fits) {
        Coll col = small(kind, fits);
        if (col == null) {
            notPlanted.add(kind + " (no fitting collector in region " + faultRegions.get(kind) + ")");
        } else {
            faultCollectors.put(kind, col);
        }
    }

    private void applyCollectorFaults(int y) {
        Coll jump = faultCollectors.get("JUMP_OVER_50");
        if (jump != null) {
            // a real jump (a new district served): both sides report it
            long[] part = parts.get(jump).get(y);
            for (int i = 0; i < part.length; i++) {
                part[i] = Math.round(part[i] * 1.6);
            }
            rows.get(jump).put(y, deliveries(jump, part));
        }
        Coll vanished = faultCollectors.get("VANISHED_LINE");
        if (vanished != null) {
            long[] part = parts.get(vanished).get(y);
            part[LEGAL_ENTITIES] = 0;
            rows.get(vanished).put(y, deliveries(vanished, part));
        }
    }

    private void applyFacilityFaults(int y) {
        pairFault("ONLY_COLLECTOR", y, false, 0);
        pairFault("MISMATCH", y, false, 0.8);
        pairFault("MISMATCH_CROSS_REGION", y, true, 0.75);
    }

    private final Map<String, Object[]> pairFaults = new HashMap<>();

    /** The facility leaves out (factor 0) or understates a small collector's deliveries. */
    private void pairFault(String kind, int y, boolean crossRegion, double factor) {
        List<Region> order = new ArrayList<>();
        order.add(region(faultRegions.get(kind)));
        regions.stream().filter(r -> !order.contains(r)).forEach(order::add);
        for (Region r : order) {
            List<Coll> candidates = new ArrayList<>(r.collectors);
            candidates.sort(Comparator.comparingDouble(col -> col.popShare));
            for (Coll col : candidates) {
                if (col.dominant || used.contains(col) || rows.get(col).get(y) == null) {
                    continue;
                }
                for (Row row : rows.get(col).get(y)) {
                    boolean other = !row.fac.region.equals(r.code);
                    if (!"LANDFILL".equals(row.category) || other != crossRegion) {
                        continue;
                    }
                    FacYear fy = row.fac.year(y);
                    long total = fy.suppliers.stream().mapToLong(s -> s.kg).sum();
                    if (row.kg * 12 > total) {
                        continue; // more than 8 % of the landfill's receipts: its own figures would jump
                    }
                    Supply supply = fy.suppliers.stream().filter(s -> s.collector == col.org).findFirst().orElseThrow();
                    if (factor == 0) {
                        fy.suppliers.remove(supply);
                    } else {
                        supply.kg = Math.round(supply.kg * factor);
                    }
                    used.add(col);
                    pairFaults.put(kind, new Object[] {col, row.fac});
                    return;
                }
            }
        }
        notPlanted.add(kind + " (no fitting collector-facility pair" + (crossRegion ? " across regions among the regions chosen" : "") + ")");
    }

    private void recordFaults() {
        int y = options.toYear();
        rule("MAGNITUDE", "W1-MAGNITUDE/100", "every tonnage typed in kilograms (×1000), deliveries too");
        rule("JUMP_OVER_50", "W1-CHANGE-50/100", "+60 % on every line against last year");
        rule("VANISHED_LINE", "W1-GONE/102", "line 102 reported last year, empty now");
        rule("PER_CAPITA", "W1-PER-CAPITA/100", "population served overstated: 60 kg a person");
        Coll dominant = faultCollectors.get("NEW_RESPONDENT_SHARE");
        if (dominant != null) {
            Rep rep = colReports.get(successor).get(y);
            faults.add(new Fault("NEW_RESPONDENT_SHARE", successor.region.code, y, successor.org.bin, successor.org.en, rep.id, null,
                    "W1-NEW-SHARE/100", "new BIN taking over " + dominant.org.bin + " (about 40 % of the region)"));
            faults.add(new Fault("TAKEN_OVER_NOT_FILED", dominant.region.code, y, dominant.org.bin, dominant.org.en, null, null,
                    "FILED_LAST_YEAR", "filed " + (y - 1) + ", not " + y + " (its work went to " + successor.org.bin + ")"));
        }
        Coll lapsed = faultCollectors.get("LAPSED_COLLECTOR");
        if (lapsed != null) {
            faults.add(new Fault("LAPSED_COLLECTOR", lapsed.region.code, y, lapsed.org.bin, lapsed.org.en, null, null,
                    "FILED_LAST_YEAR", "filed " + (y - 1) + ", not " + y));
            for (Row row : rows.get(lapsed).get(y)) {
                faults.add(new Fault("LAPSED_COLLECTOR", row.fac.region, y, lapsed.org.bin, lapsed.org.en, null, row.fac.id,
                        "ONLY_FACILITY", "the facility still reports its receipts"));
            }
        }
        pair("ONLY_COLLECTOR", "ONLY_COLLECTOR", "the facility does not report this collector's delivery");
        pair("MISMATCH", "MISMATCH", "the facility reports 80 % of the delivery");
        pair("MISMATCH_CROSS_REGION", "MISMATCH", "the facility, in another region, reports 75 % of the delivery");
    }

    private void rule(String kind, String expected, String detail) {
        Coll col = faultCollectors.get(kind);
        if (col != null) {
            Rep rep = colReports.get(col).get(options.toYear());
            faults.add(new Fault(kind, col.region.code, options.toYear(), col.org.bin, col.org.en, rep.id, null, expected, detail));
        }
    }

    private void pair(String kind, String expected, String detail) {
        Object[] pair = pairFaults.get(kind);
        if (pair != null) {
            Coll col = (Coll) pair[0];
            Fac fac = (Fac) pair[1];
            Rep rep = fac.years.get(options.toYear()).report;
            rep.status = "SUBMITTED";
            faults.add(new Fault(kind, fac.region, options.toYear(), col.org.bin, col.org.en, rep.id, fac.id, expected,
                    detail + " (" + fac.name + ", region " + fac.region + "; collector of region " + col.region.code + ")"));
        }
    }

    // ---- capacities and writing ----

    private void capacities() {
        for (Fac f : facilities) {
            long max = f.years.values().stream().mapToLong(fy -> fy.received).max().orElse(0);
            long capacity = Math.max(20_000_000L, Math.round(max * between(1.3, 1.8)));
            f.capacityKg = capacity / 1_000_000 * 1_000_000; // whole thousand tonnes
        }
    }

    private long[] reserve(String sequence, int count) throws SQLException {
        try (Statement s = c.createStatement()) {
            long next;
            try (ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
                rs.next();
                next = rs.getLong(1);
            }
            // above every block the application may have taken (allocation size 50), and the sequence moved past ours
            long first = next + 100;
            long last = first + Math.max(count, 1) - 1;
            try (ResultSet rs = s.executeQuery("select setval('" + sequence + "', " + (last + 100) + ")")) {
                rs.next();
            }
            return new long[] {first, last};
        }
    }

    private Map<String, long[]> write() throws SQLException {
        Map<String, long[]> ranges = new LinkedHashMap<>();
        long[] orgIds = reserve("organisation_seq", orgs.size());
        ranges.put("organisation", orgIds);
        for (int i = 0; i < orgs.size(); i++) {
            orgs.get(i).id = orgIds[0] + i;
        }
        long[] facIds = reserve("facility_seq", facilities.size());
        ranges.put("facility", facIds);
        for (int i = 0; i < facilities.size(); i++) {
            facilities.get(i).id = facIds[0] + i;
        }
        long[] repIds = reserve("report_seq", reports.size());
        ranges.put("report", repIds);
        int rowCount = 0;
        for (int i = 0; i < reports.size(); i++) {
            reports.get(i).id = repIds[0] + i;
            rowCount += reports.get(i).rows.size();
        }
        recordFaults();
        long[] rowIds = reserve("report_detail_row_seq", rowCount);
        ranges.put("report_detail_row", rowIds);
        int eventCount = reports.stream().mapToInt(r -> "APPROVED".equals(r.status) ? 4 : 2).sum();
        long[] eventIds = reserve("report_event_seq", eventCount);
        ranges.put("report_event", eventIds);

        OffsetDateTime registered = OffsetDateTime.of(options.fromYear() - 1, 12, 1, 9, 0, 0, 0, ZoneOffset.ofHours(5));
        try (PreparedStatement org = c.prepareStatement("insert into organisation (id, bin, name_kk, name_ru, name_en, kato_code, demo,"
                + " created_at, created_by, version) values (?, ?, ?, ?, ?, ?, true, ?, ?, 0)");
             PreparedStatement activity = c.prepareStatement("insert into organisation_activity (organisation_id, activity) values (?, ?)")) {
            for (Org o : orgs) {
                org.setLong(1, o.id);
                org.setString(2, o.bin);
                org.setString(3, o.kk);
                org.setString(4, o.ru);
                org.setString(5, o.en);
                org.setString(6, o.region);
                org.setObject(7, registered);
                org.setString(8, options.actor());
                org.addBatch();
                activity.setLong(1, o.id);
                activity.setString(2, o.collector ? "COLLECTOR" : "FACILITY_OPERATOR");
                activity.addBatch();
            }
            org.executeBatch();
            activity.executeBatch();
        }
        try (PreparedStatement fac = c.prepareStatement("insert into facility (id, organisation_id, name, type, kato_code, landfill_class,"
                + " design_capacity, env_category, active, version) values (?, ?, ?, ?, ?, ?, ?, ?, true, 0)")) {
            for (Fac f : facilities) {
                fac.setLong(1, f.id);
                fac.setLong(2, f.operator.id);
                fac.setString(3, f.name);
                fac.setString(4, f.type);
                fac.setString(5, f.region);
                if (f.landfillClass == 0) {
                    fac.setNull(6, java.sql.Types.INTEGER);
                } else {
                    fac.setInt(6, f.landfillClass);
                }
                fac.setBigDecimal(7, t(f.capacityKg));
                fac.setString(8, f.envCategory);
                fac.addBatch();
            }
            fac.executeBatch();
        }
        long nextRow = rowIds[0];
        long nextEvent = eventIds[0];
        try (PreparedStatement rep = c.prepareStatement("insert into report (id, form_version_id, form_code, organisation_id, reporting_year,"
                + " region_code, facility_id, status, correction_no, late, created_at, created_by, updated_at, updated_by, submitted_at,"
                + " submitted_by, decided_at, decided_by, demo, lock_version) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?)");
             PreparedStatement value = c.prepareStatement("insert into report_value (report_id, line_code, value) values (?, ?, ?)");
             PreparedStatement row = c.prepareStatement("insert into report_detail_row (id, report_id, table_code, sort_order, counterparty_bin,"
                     + " facility_id, counterparty_name, category, tonnes) values (?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement event = c.prepareStatement("insert into report_event (id, report_id, at, actor, action, from_status, to_status,"
                     + " comment) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            String actor = options.actor();
            for (Rep r : reports) {
                boolean approved = "APPROVED".equals(r.status);
                LocalDate due = LocalDate.of(r.year + 1, 2, 1);
                OffsetDateTime created = OffsetDateTime.of(due.minusDays(8 + random.nextInt(20)), LocalTime.of(9 + random.nextInt(8), random.nextInt(60)),
                        ZoneOffset.ofHours(5));
                OffsetDateTime submitted = created.plusDays(random.nextInt(random.nextDouble() < 0.05 ? 30 : 6)).plusMinutes(random.nextInt(300));
                boolean late = submitted.toLocalDate().isAfter(due);
                OffsetDateTime opened = submitted.plusDays(1 + random.nextInt(5));
                OffsetDateTime decided = opened.plusDays(1 + random.nextInt(10));
                rep.setLong(1, r.id);
                rep.setLong(2, ("waste-1".equals(r.form) ? formVersion1 : formVersion2).get(r.year));
                rep.setString(3, r.form);
                rep.setLong(4, r.org.id);
                rep.setInt(5, r.year);
                rep.setString(6, r.region);
                if (r.facility == null) {
                    rep.setNull(7, java.sql.Types.BIGINT);
                } else {
                    rep.setLong(7, r.facility.id);
                }
                rep.setString(8, r.status);
                rep.setBoolean(9, late);
                rep.setObject(10, created);
                rep.setString(11, actor);
                rep.setObject(12, approved ? decided : submitted);
                rep.setString(13, actor);
                rep.setObject(14, submitted);
                rep.setString(15, actor);
                rep.setObject(16, approved ? decided : null);
                rep.setString(17, approved ? actor : null);
                rep.setInt(18, approved ? 2 : 1);
                rep.addBatch();
                for (Map.Entry<String, BigDecimal> v : r.values.entrySet()) {
                    value.setLong(1, r.id);
                    value.setString(2, v.getKey());
                    value.setBigDecimal(3, v.getValue());
                    value.addBatch();
                    values++;
                }
                for (Object[] d : r.rows) {
                    row.setLong(1, nextRow++);
                    row.setLong(2, r.id);
                    row.setString(3, (String) d[0]);
                    row.setInt(4, (Integer) d[1]);
                    row.setString(5, (String) d[2]);
                    if (d[3] == null) {
                        row.setNull(6, java.sql.Types.BIGINT);
                    } else {
                        row.setLong(6, ((Fac) d[3]).id);
                    }
                    row.setString(7, (String) d[4]);
                    row.setString(8, (String) d[5]);
                    row.setBigDecimal(9, (BigDecimal) d[6]);
                    row.addBatch();
                    detailRows++;
                }
                String comment = "synthetic data, seed " + options.seed();
                nextEvent = event(event, nextEvent, r.id, created, actor, "CREATED", null, "DRAFT", comment);
                nextEvent = event(event, nextEvent, r.id, submitted, actor, "SUBMITTED", "DRAFT", "SUBMITTED", null);
                if (approved) {
                    nextEvent = event(event, nextEvent, r.id, opened, actor, "OPENED", "SUBMITTED", "UNDER_REVIEW", null);
                    nextEvent = event(event, nextEvent, r.id, decided, actor, "APPROVED", "UNDER_REVIEW", "APPROVED", null);
                }
                if (++pending == 500) {
                    rep.executeBatch();
                    value.executeBatch();
                    row.executeBatch();
                    event.executeBatch();
                    pending = 0;
                }
            }
            rep.executeBatch();
            value.executeBatch();
            row.executeBatch();
            event.executeBatch();
        }
        events = (int) (nextEvent - eventIds[0]);
        try (Statement s = c.createStatement()) {
            s.execute("analyze organisation, facility, report, report_value, report_detail_row, report_event");
        }
        return ranges;
    }

    private int values;
    private int detailRows;
    private int events;

    private static long event(PreparedStatement ps, long id, long reportId, OffsetDateTime at, String actor, String action, String from,
                              String to, String comment) throws SQLException {
        ps.setLong(1, id);
        ps.setLong(2, reportId);
        ps.setObject(3, at);
        ps.setString(4, actor);
        ps.setString(5, action);
        ps.setString(6, from);
        ps.setString(7, to);
        ps.setString(8, comment);
        ps.addBatch();
        return id + 1;
    }

    private Result result(Map<String, long[]> ranges, double seconds) {
        List<YearTotals> totals = new ArrayList<>();
        for (int y = options.fromYear(); y <= options.toYear(); y++) {
            BigDecimal collected = BigDecimal.ZERO;
            BigDecimal delivered = BigDecimal.ZERO;
            BigDecimal sorted = BigDecimal.ZERO;
            BigDecimal buried = BigDecimal.ZERO;
            long served = 0;
            for (Rep r : reports) {
                if (r.year != y || !"APPROVED".equals(r.status)) {
                    continue;
                }
                collected = collected.add(r.values.getOrDefault("100", BigDecimal.ZERO));
                delivered = delivered.add(r.values.getOrDefault("201", BigDecimal.ZERO));
                sorted = sorted.add(r.values.getOrDefault("600", BigDecimal.ZERO));
                buried = buried.add(r.values.getOrDefault("620", BigDecimal.ZERO));
                served += "waste-1".equals(r.form) ? r.values.get("300").longValue() : 0;
            }
            totals.add(new YearTotals(y, collected, delivered, sorted, buried, served));
        }
        int collectors = (int) orgs.stream().filter(o -> o.collector).count();
        return new Result(regions.size(), collectors, facilities.size(), orgs.size() - collectors, reports.size(), values, detailRows,
                events, totals, List.copyOf(faults), List.copyOf(notPlanted), ranges, seconds);
    }

    // ---- helpers ----

    /** Kilograms as tonnes with three decimals. */
    private static BigDecimal t(long kg) {
        return BigDecimal.valueOf(kg, 3);
    }

    private static long[] split(long total, double[] shares) {
        long[] out = new long[shares.length];
        long left = total;
        for (int i = 0; i < shares.length - 1; i++) {
            out[i] = Math.round(total * shares[i]);
            left -= out[i];
        }
        out[shares.length - 1] = left;
        return out;
    }

    @Override
    public String toString() {
        return "NationalGenerator" + Objects.toString(options);
    }
}
