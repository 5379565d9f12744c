package kz.qaldyq.reports;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

class ReceiptReportTest {

    private final ReportService service = new ReportService();

    @Test
    void receiptShowsEverySectionInKazakhWithAnEmbeddedFont() throws IOException {
        Pdfs pdf = Pdfs.read(service.pdf(Fixtures.receipt(Fixtures.transfers(), Fixtures.checks())));
        String text = pdf.text();

        assertTrue(text.contains("Есепті қабылдау туралы түбіртек"), text);
        assertTrue(text.contains("Қалдықтар есебі, 2024 жыл"));
        assertTrue(text.contains("Жіберген") && text.contains("Әлия Нұрланқызы"), "header fields");
        assertTrue(text.contains("Жыл ішінде түзілген қалдықтар") && text.contains("8 431,000"), "lines");
        assertTrue(text.contains("Өлшем бірлігі"), "line headings");
        assertTrue(text.contains("Алушы") && text.contains("«Өңдеу Орталығы» АҚ, Қарағанды"), "details");
        assertTrue(text.contains("R-017") && text.contains("Түзілген қалдықтар өткен жылдан"), "checks");
        assertFalse(text.contains("Ескертулер жоқ"));
        assertTrue(text.contains(Fixtures.KAZAKH_LETTERS), "footer with every Kazakh-specific letter");
        assertTrue(text.contains("Бет 1 / 1"));
        assertFalse(pdf.fonts().isEmpty());
        for (PDFont font : pdf.fonts()) {
            assertTrue(font.isEmbedded(), font.getName() + " is embedded");
            assertTrue(font.getName().contains("DejaVuSans"), font.getName());
        }
    }

    @Test
    void formWithoutDetailsAndCleanChecksSaysSo() throws IOException {
        String text = Pdfs.read(service.pdf(Fixtures.receipt(null, List.of()))).text();

        assertTrue(text.contains("Тексеру нәтижелері"));
        assertTrue(text.contains("Ескертулер жоқ"));
        assertFalse(text.contains("Маңыздылығы"), "no check table without checks");
        assertFalse(text.contains("Алушы"), "no detail table");
    }

    @Test
    void detailTablesOfOneToFourColumnsAllRender() throws IOException {
        List<String> headings = List.of("Бірінші", "Екінші", "Үшінші", "Төртінші");
        for (int columns = 1; columns <= Receipt.Details.MAX_COLUMNS; columns++) {
            List<String> cells = new ArrayList<>();
            for (int i = 0; i < columns; i++) {
                cells.add("ұяшық-" + columns + "-" + i);
            }
            Receipt.Details details = new Receipt.Details("Кесте " + columns, headings.subList(0, columns),
                    List.of(cells));

            String text = Pdfs.read(service.pdf(Fixtures.receipt(details, Fixtures.checks()))).text();

            for (int i = 0; i < columns; i++) {
                assertTrue(text.contains(headings.get(i)), columns + " columns, heading " + i);
                assertTrue(text.contains("ұяшық-" + columns + "-" + i), columns + " columns, cell " + i);
            }
        }
    }

    @Test
    void longReceiptRepeatsTableHeadingsOnEveryPage() throws IOException {
        List<Receipt.Check> checks = new ArrayList<>();
        for (int i = 1; i <= 80; i++) {
            checks.add(new Receipt.Check("R-" + (100 + i), "Ескерту", "Көрсеткіш " + i + " шектен асады",
                    "Түсіндірме жазбада себебін көрсетіңіз."));
        }
        byte[] bytes = service.pdf(Fixtures.receipt(Fixtures.transfers(), checks));
        Pdfs pdf = Pdfs.read(bytes);

        assertTrue(pdf.pages() > 1);
        assertTrue(pdf.text().contains("R-180"));
        String last = Pdfs.pageText(bytes, pdf.pages());
        assertTrue(last.contains("Маңыздылығы"), "check headings repeat on the last page");
        assertTrue(last.contains("Бет " + pdf.pages() + " / " + pdf.pages()));
    }

    @Test
    void detailsRefuseRowsThatDoNotMatchTheirHeadings() {
        assertThrows(IllegalArgumentException.class,
                () -> new Receipt.Details("x", List.of("a", "b"), List.of(List.of("1"))));
        assertThrows(IllegalArgumentException.class,
                () -> new Receipt.Details("x", List.of("a", "b", "c", "d", "e"), List.of()));
    }
}
