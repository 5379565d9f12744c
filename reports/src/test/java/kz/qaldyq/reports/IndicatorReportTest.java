package kz.qaldyq.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class IndicatorReportTest {

    private final ReportService service = new ReportService();

    static IndicatorReport report(int regions) {
        List<IndicatorReport.Row> rows = new ArrayList<>();
        rows.add(new IndicatorReport.Row("2", "2025 жылмен салыстырғанда ҚТҚ полигондарына жіберілетін қалдықтарды азайту",
                "Қазақстан Республикасы", "8,0 %", "2,0 %", "Жоспар бойынша", "v1", "2"));
        for (int i = 1; i <= regions; i++) {
            rows.add(new IndicatorReport.Row("2", "Азайту", "Өңір " + i + " " + Fixtures.KAZAKH_LETTERS, i + ",0 %", "2,0 %",
                    i >= 2 ? "Жоспар бойынша" : "Артта қалуда", "v1", String.valueOf(i)));
        }
        IndicatorReport.Labels labels = new IndicatorReport.Labels("№", "Көрсеткіш", "Өңір", "Мәні", "Мақсат", "Күйі",
                "Формула", "Дереккөздер", "Құрылған уақыты", "Құрастырған", "Бет {0} / {1}");
        return new IndicatorReport("kk", labels, "Көрсеткіштер туралы есеп, 2026", "Қазақстан Республикасы", "22.11.2026 10:42",
                "Марат Әбенов", rows);
    }

    @Test
    void pdfShowsEachValueAgainstItsTargetInKazakhWithEmbeddedFonts() throws IOException {
        Pdfs pdf = Pdfs.read(service.pdf(report(3)));
        String text = pdf.text().replaceAll("\\s+", " ");
        assertTrue(text.contains("Көрсеткіштер туралы есеп, 2026"), text);
        assertTrue(text.contains("8,0 %"), text);
        assertTrue(text.contains("Артта қалуда"), text);
        assertTrue(text.contains(Fixtures.KAZAKH_LETTERS), "every Kazakh-specific letter prints");
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
    }

    @Test
    void xlsxHasEveryRegionRow() throws IOException {
        byte[] xlsx = service.xlsx(report(20));
        StringBuilder cells = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    cells.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(cells.indexOf("Өңір 20") >= 0, "the last region is in the sheet");
        assertTrue(cells.indexOf("Бет 1") < 0, "no page footer in a spreadsheet");
    }
}
