package kz.qaldyq.reports;

import java.util.ArrayList;
import java.util.List;

/**
 * One row of the receipt template's single data source. The receipt's tables are laid end to end as sections of
 * one flat list, grouped by {@code section} in the template, because a subreport per table would cost a template,
 * a fill and a compiled file each, and groups repeat their column headings on every page for free.
 */
record ReceiptRow(String section, String c1, String c2, String c3, String c4) {

    // The template compares these names; it cannot see a package-private enum.
    static final String HEADER = "HEADER";
    static final String LINES = "LINES";
    static final String DETAILS = "DETAILS";
    static final String CHECKS = "CHECKS";
    static final String NO_CHECKS = "NO_CHECKS";

    static List<ReceiptRow> of(Receipt receipt) {
        List<ReceiptRow> rows = new ArrayList<>();
        for (Receipt.HeaderField field : receipt.header()) {
            rows.add(new ReceiptRow(HEADER, field.label(), field.value(), null, null));
        }
        for (Receipt.Line line : receipt.lines()) {
            rows.add(new ReceiptRow(LINES, line.code(), line.label(), line.unit(), line.value()));
        }
        if (receipt.details() != null) {
            for (List<String> cells : receipt.details().rows()) {
                rows.add(new ReceiptRow(DETAILS, cell(cells, 0), cell(cells, 1), cell(cells, 2),
                        cell(cells, 3)));
            }
        }
        for (Receipt.Check check : receipt.checks()) {
            rows.add(new ReceiptRow(CHECKS, check.ruleId(), check.severity(), check.message(),
                    check.explanation()));
        }
        if (receipt.checks().isEmpty()) {
            rows.add(new ReceiptRow(NO_CHECKS, null, null, null, null));
        }
        return rows;
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : null;
    }
}
