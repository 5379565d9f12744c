package kz.qaldyq.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class HazardousRegistryExtractReportTest {

    private final ReportService service = new ReportService();

    static HazardousRegistryExtract extract() {
        List<HazardousRegistryExtract.Row> rows = List.of(
                new HazardousRegistryExtract.Row("HWG-000301", "«Павлодар Химия Зауыты» АҚ (030640090834)", "Павлодар облысы",
                        "Тіркелген", "1", "06 04 04*, 16 06 01*", "2025"),
                new HazardousRegistryExtract.Row("", "Нысан " + Fixtures.KAZAKH_LETTERS, "Абай облысы", "Жіберілді", "2", "", ""));
        HazardousRegistryExtract.Labels labels = new HazardousRegistryExtract.Labels("№", "Ұйым", "Өңір", "Мәртебесі", "Объектілер",
                "Паспорттар", "ЛШТТ", "Құрылған уақыты", "Құрастырған", "Барлығы", "Бет {0} / {1}");
        return new HazardousRegistryExtract("kk", labels, "Қауіпті қалдықтар түзушілер тізілімінен үзінді", "Павлодар облысы",
                "22.11.2026 10:42", "Марат Әбенов", rows);
    }

    @Test
    void pdfListsTheGeneratorsWithKazakhLettersEmbedded() throws IOException {
        Pdfs pdf = Pdfs.read(service.pdf(extract()));
        String text = pdf.text().replaceAll("\\s+", " ");
        assertTrue(text.contains("Қауіпті қалдықтар түзушілер тізілімінен үзінді"), text);
        assertTrue(text.contains("030640090834"), text);
        assertTrue(text.contains("06 04 04*"), text);
        assertTrue(text.contains(Fixtures.KAZAKH_LETTERS), text);
        assertTrue(text.contains("Барлығы: 2"), text);
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
        }
    }

    @Test
    void xlsxIsAWorkbook() throws IOException {
        byte[] xlsx = service.xlsx(extract());
        boolean sheet = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                sheet |= e.getName().startsWith("xl/worksheets/");
            }
        }
        assertTrue(sheet, "an XLSX with a worksheet");
    }
}
