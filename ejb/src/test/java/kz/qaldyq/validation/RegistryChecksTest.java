package kz.qaldyq.validation;

import static kz.qaldyq.validation.Findings.assertNone;
import static kz.qaldyq.validation.Findings.assertSingle;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The registry rule kinds of the hazardous-waste inventory on facts supplied with the report, no database. */
class RegistryChecksTest {

    private static final RuleEngine ENGINE = new RuleEngine();
    private static final Text MESSAGE = new Text("{counterparty} {header} {category} {value}", "{counterparty} {header} {category} {value}",
            "{counterparty} {header} {category} {value} {limit}");
    private static final List<LineSpec> LINES = List.of(new LineSpec("110", null, "t"), new LineSpec("130", null, "t"));

    private static FormSpec form(RuleSpec rule) {
        return new FormSpec("hazardous-inventory", "test", LINES, List.of(rule));
    }

    private static ReportData data(boolean hazardous, List<DetailRow> rows, Map<String, Set<String>> facts, String other) {
        Map<String, String> header = new java.util.HashMap<>(Map.of("wasteCode", "06 04 04", "wasteHazardous", String.valueOf(hazardous)));
        if (other != null) {
            header.put("otherHazardousTransfers", other);
        }
        return new ReportData(Map.of(), rows, header, Map.of()).withFacts(facts);
    }

    private static DetailRow transfer(String key, String operation, String tonnes) {
        return new DetailRow("TRANSFERRED", key, operation, tonnes == null ? null : new BigDecimal(tonnes), "Receiver " + key);
    }

    @Test
    void subjectMustBeInTheFactSetWhenTheConditionHolds() {
        FormSpec form = form(RuleSpec.of("pass", RuleKind.SUBJECT_REGISTERED, Severity.ERROR, MESSAGE,
                "key", "wasteCode", "fact", "activePassport", "when", "wasteHazardous", "line", "110"));
        assertSingle(ENGINE.validate(form, data(true, List.of(), Map.of(), null)), "pass", Severity.ERROR, "110");
        assertNone(ENGINE.validate(form, data(true, List.of(), Map.of("activePassport", Set.of("06 04 04")), null)));
        assertNone(ENGINE.validate(form, data(false, List.of(), Map.of(), null)));
    }

    @Test
    void counterpartyNeedsThePermitForItsOperation() {
        FormSpec form = form(RuleSpec.of("lic", RuleKind.COUNTERPARTY_REGISTERED, Severity.ERROR, MESSAGE,
                "table", "TRANSFERRED", "categories", "RECOVERY,DISPOSAL", "fact", "licensed", "line", "130"));
        Map<String, Set<String>> facts = Map.of("licensed", Set.of("bin:1|RECOVERY"));
        assertNone(ENGINE.validate(form, data(true, List.of(transfer("bin:1", "RECOVERY", "2")), facts, null)));
        RuleResult r = assertSingle(ENGINE.validate(form, data(true, List.of(transfer("bin:1", "DISPOSAL", "2")), facts, null)),
                "lic", Severity.ERROR, "130");
        assertEquals("Receiver bin:1 06 04 04 DISPOSAL 2.000 ", r.message().en());
        assertNone(ENGINE.validate(form, data(true, List.of(transfer("bin:2", "COLLECTION", "2")), facts, null))); // not a covered operation
        assertNone(ENGINE.validate(form, data(true, List.of(transfer("bin:2", "DISPOSAL", "0")), facts, null))); // zero tonnes
        assertEquals(1, ENGINE.validate(form, data(true, List.of(transfer("bin:2", "DISPOSAL", null)), facts, null)).size(),
                "a listed receiver without a quantity yet is checked");
    }

    @Test
    void onlyAllowedClassesOfLandfill() {
        FormSpec form = form(RuleSpec.of("lf", RuleKind.COUNTERPARTY_CLASS, Severity.ERROR, MESSAGE,
                "table", "TRANSFERRED", "fact", "landfillClass", "allowedClasses", "1", "when", "wasteHazardous"));
        Map<String, Set<String>> facts = Map.of("landfillClass", Set.of("facility:7|2", "facility:8|1"));
        assertSingle(ENGINE.validate(form, data(true, List.of(transfer("facility:7", "DISPOSAL", "1")), facts, null)), "lf", Severity.ERROR, null);
        assertNone(ENGINE.validate(form, data(true, List.of(transfer("facility:8", "DISPOSAL", "1")), facts, null)));
        assertNone(ENGINE.validate(form, data(true, List.of(transfer("facility:9", "DISPOSAL", "1")), facts, null))); // not a landfill
        assertNone(ENGINE.validate(form, data(false, List.of(transfer("facility:7", "DISPOSAL", "1")), facts, null))); // not hazardous
    }

    @Test
    void thresholdCountsTheRowsAndTheRestOfTheYearStrictlyAbove() {
        FormSpec form = form(RuleSpec.of("prtr", RuleKind.DETAIL_THRESHOLD, Severity.INFO, MESSAGE,
                "table", "TRANSFERRED", "above", "2", "header", "otherHazardousTransfers", "line", "130"));
        assertNone(ENGINE.validate(form, data(true, List.of(transfer("bin:1", "RECOVERY", "2")), Map.of(), "0"))); // exactly 2 t
        RuleResult r = assertSingle(ENGINE.validate(form, data(true, List.of(transfer("bin:1", "RECOVERY", "1.5")), Map.of(), "0.6")),
                "prtr", Severity.INFO, "130");
        assertTrue(r.message().en().endsWith("2.100 2.000"), r.message().en());
    }

    @Test
    void brokenParametersAreCaughtWhenTheFormIsChecked() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ENGINE.check(form(RuleSpec.of("x",
                RuleKind.COUNTERPARTY_REGISTERED, Severity.ERROR, MESSAGE, "table", "T", "categories", "A,,B", "fact", "f"))));
        assertTrue(e.getMessage().contains("empty entry"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ENGINE.check(form(RuleSpec.of("y", RuleKind.DETAIL_THRESHOLD, Severity.INFO,
                MESSAGE, "table", "T", "above", "-1"))));
        assertThrows(IllegalArgumentException.class, () -> ENGINE.check(form(RuleSpec.of("z", RuleKind.SUBJECT_REGISTERED, Severity.ERROR,
                MESSAGE, "key", "wasteCode", "fact", "f", "line", "999"))));
    }
}
