package kz.qaldyq.reports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class OrganisationExtractReportTest {

    private final ReportService service = new ReportService();

    @Test
    void pdfCarriesKazakhTextInAnEmbeddedFont() throws IOException {
        Pdfs pdf = Pdfs.read(service.pdf(Fixtures.extract(3)));

        assertTrue(pdf.text().contains("Ұйымдар тізілімінен үзінді"), pdf.text());
        assertTrue(pdf.text().contains("Өңір: Ұлытау облысы; қызмет түрі: қалдықтарды жинау"));
        assertTrue(pdf.text().contains("Құрылған уақыты: 2025-03-14 10:42"));
        assertTrue(pdf.text().contains("Құрастырған: Әлия Нұрланқызы"));
        assertTrue(pdf.text().contains("Қызмет түрлері"));
        assertTrue(pdf.text().contains(Fixtures.KAZAKH_LETTERS), "every Kazakh-specific letter prints");
        assertTrue(pdf.text().contains("Барлығы: 3"));
        assertFalse(pdf.fonts().isEmpty());
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
        }
    }

    @Test
    void longExtractRunsOverPagesWithEveryRowAndPageNumbers() throws IOException {
        byte[] bytes = service.pdf(Fixtures.extract(120));
        Pdfs pdf = Pdfs.read(bytes);

        assertTrue(pdf.pages() > 1, "120 rows need more than one page, got " + pdf.pages());
        for (int i = 1; i <= 120; i++) {
            assertTrue(pdf.text().contains(Fixtures.bin(i)), "row " + i + " is printed");
        }
        for (int page = 1; page <= pdf.pages(); page++) {
            String text = Pdfs.pageText(bytes, page);
            assertTrue(text.contains("Бет " + page + " / " + pdf.pages()), "footer of page " + page);
            assertTrue(text.contains("БСН") && text.contains("Атауы"), "column headings repeat on page " + page);
        }
        assertTrue(pdf.text().contains("Барлығы: 120"));
    }

    @Test
    void emptyExtractStillPrintsItsHeadings() throws IOException {
        OrganisationExtract empty = new OrganisationExtract("kk", Fixtures.extractLabels(), "Ұйымдар тізілімінен үзінді",
                null, "2025-03-14 10:42", "Әлия Нұрланқызы", List.of());

        Pdfs pdf = Pdfs.read(service.pdf(empty));

        assertEquals(1, pdf.pages());
        assertTrue(pdf.text().contains("Қызмет түрлері"));
        assertTrue(pdf.text().contains("Барлығы: 0"));
    }

    @Test
    void xlsxIsOneWorkbookWithEveryRow() throws IOException {
        byte[] xlsx = service.xlsx(Fixtures.extract(120));

        assertArrayEquals(new byte[] {'P', 'K', 3, 4}, Arrays.copyOf(xlsx, 4), "an XLSX file is a ZIP archive");
        assertTrue(xlsx.length > 5_000, "non-trivial size, got " + xlsx.length);
        Set<String> entries = new HashSet<>();
        StringBuilder cells = new StringBuilder();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.add(entry.getName());
                String content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().startsWith("xl/worksheets/") || entry.getName().equals("xl/sharedStrings.xml")) {
                    cells.append(content);
                }
            }
        }
        assertTrue(entries.contains("xl/workbook.xml"), entries.toString());
        assertTrue(entries.contains("xl/worksheets/sheet1.xml"), "one sheet: " + entries);
        assertFalse(entries.contains("xl/worksheets/sheet2.xml"), "one sheet: " + entries);
        assertTrue(cells.indexOf(Fixtures.bin(120)) >= 0, "last row is in the sheet");
        assertTrue(cells.indexOf("Ұлытау облысы") >= 0);
        assertTrue(cells.indexOf("Барлығы: 120") >= 0);
        assertTrue(cells.indexOf("Бет 1") < 0, "no page footer in a spreadsheet");
    }

    @Test
    void printsHowLongRenderingTakes() {
        ReportService fresh = new ReportService();
        OrganisationExtract extract = Fixtures.extract(120);
        long start = System.nanoTime();
        fresh.pdf(extract);
        long first = System.nanoTime() - start;
        long later = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            start = System.nanoTime();
            fresh.pdf(extract);
            later = Math.min(later, System.nanoTime() - start);
        }
        start = System.nanoTime();
        fresh.xlsx(extract);
        long xlsx = System.nanoTime() - start;
        System.out.printf("register-extract, 120 rows: first PDF %d ms (loads the template), later PDF %d ms, "
                + "XLSX %d ms%n", first / 1_000_000, later / 1_000_000, xlsx / 1_000_000);
    }
}
