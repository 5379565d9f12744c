package kz.qaldyq.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class HistoricalRegisterExtractReportTest {

    private final ReportService service = new ReportService();

    static HistoricalRegisterExtract extract(int rows) {
        List<HistoricalRegisterExtract.Row> list = new ArrayList<>();
        list.add(new HistoricalRegisterExtract.Row("1", "Теміртау: Нұра өзенінің сынаппен ластануы", "Қарағанды облысы",
                "Ластанған аумақ", "1 · 1", "Жою: зерттеу", "812,5 т; 3 400 м³"));
        for (int i = 2; i <= rows; i++) {
            list.add(new HistoricalRegisterExtract.Row(String.valueOf(i), "Нысан " + i + " " + Fixtures.KAZAKH_LETTERS,
                    "Павлодар облысы", "Иесіз қалдық орны", "", "Тізілімге енгізілді", i + " т"));
        }
        HistoricalRegisterExtract.Labels labels = new HistoricalRegisterExtract.Labels("№", "Атауы", "Өңір", "Түрі",
                "Санаты", "Мәртебесі", "Мөлшері", "Құрылған уақыты", "Құрастырған", "Барлығы", "Бет {0} / {1}");
        return new HistoricalRegisterExtract("kk", labels, "Тарихи ластану тізілімінен үзінді", "", "22.11.2026 10:42",
                "Марат Әбенов", list);
    }

    @Test
    void pdfCarriesKazakhTextInAnEmbeddedFontAndKeepsUnitsApart() throws IOException {
        Pdfs pdf = Pdfs.read(service.pdf(extract(3)));
        // cells wrap their text over lines
        String text = pdf.text().replaceAll("\\s+", " ");

        assertTrue(text.contains("Тарихи ластану тізілімінен үзінді"), text);
        assertTrue(text.contains("Теміртау: Нұра өзенінің сынаппен ластануы"), text);
        assertTrue(text.contains("812,5 т; 3 400 м³"), "totals per unit, never one sum");
        assertTrue(text.contains(Fixtures.KAZAKH_LETTERS), "every Kazakh-specific letter prints");
        assertTrue(text.contains("Барлығы: 3"));
        assertFalse(pdf.fonts().isEmpty());
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
    }

    @Test
    void longExtractRunsOverPages() throws IOException {
        Pdfs pdf = Pdfs.read(service.pdf(extract(80)));
        assertTrue(pdf.pages() > 1, "80 objects need more than one page");
        assertTrue(pdf.text().contains("Барлығы: 80"));
    }

    @Test
    void xlsxIsOneWorkbookWithEveryRow() throws IOException {
        byte[] xlsx = service.xlsx(extract(40));

        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(xlsx, 4), "an XLSX file is a ZIP archive");
        StringBuilder cells = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    cells.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(cells.indexOf("Нысан 40") >= 0, "last row is in the sheet");
        assertTrue(cells.indexOf("Қарағанды облысы") >= 0);
        assertTrue(cells.indexOf("Бет 1") < 0, "no page footer in a spreadsheet");
    }
}
