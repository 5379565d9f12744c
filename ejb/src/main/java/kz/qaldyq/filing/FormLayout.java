package kz.qaldyq.filing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.validation.FormSpec;

/**
 * Everything a page, the engine or a receipt needs to know about one form version, read once from the database:
 * sections, lines (with parents that are totals of their children), detail tables and the rule catalogue; who reviews
 * its reports ({@code akimat} of the region, or the {@code ministry}) and whether a report is per waste code as well.
 */
public record FormLayout(long versionId, String formCode, String version, String subject, LocalizedText formName, String legalBasis,
                         List<Section> sections, List<Line> lines, List<DetailTable> detailTables, FormSpec spec,
                         String reviewerRole, boolean perWasteCode) {

    public record Section(String code, LocalizedText name, List<Line> lines) {
    }

    public record Line(String code, String sectionCode, String parentCode, String unit, LocalizedText name) {

        public boolean isTonnes() {
            return "t".equals(unit);
        }
    }

    public record DetailTable(String code, String counterparty, List<String> categories, LocalizedText name) {
    }

    public FormLayout {
        sections = List.copyOf(sections);
        lines = List.copyOf(lines);
        detailTables = List.copyOf(detailTables);
    }

    public Optional<Line> line(String code) {
        return lines.stream().filter(l -> l.code().equals(code)).findFirst();
    }

    public boolean hasLine(String code) {
        return line(code).isPresent();
    }

    public Optional<DetailTable> detailTable(String code) {
        return detailTables.stream().filter(t -> t.code().equals(code)).findFirst();
    }

    /** Lines that are totals of other lines: their children by parent code. */
    public Map<String, List<Line>> children() {
        return lines.stream().filter(l -> l.parentCode() != null).collect(Collectors.groupingBy(Line::parentCode));
    }

    public Map<String, Line> byCode() {
        return lines.stream().collect(Collectors.toMap(Line::code, Function.identity()));
    }
}
