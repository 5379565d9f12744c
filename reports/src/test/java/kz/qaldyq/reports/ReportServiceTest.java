package kz.qaldyq.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRStyle;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.util.JRLoader;
import org.junit.jupiter.api.Test;

class ReportServiceTest {

    @Test
    void everyCompiledTemplateEmbedsAFontWithKazakhLetters() throws IOException, URISyntaxException, JRException {
        URL root = getClass().getClassLoader().getResource("reports");
        List<Path> compiled;
        try (Stream<Path> files = Files.walk(Path.of(root.toURI()))) {
            compiled = files.filter(f -> f.toString().endsWith(".jasper")).toList();
        }
        assertTrue(compiled.size() >= 2, "templates are compiled by the build: " + compiled);
        for (Path file : compiled) {
            JasperReport report;
            try (InputStream in = Files.newInputStream(file)) {
                report = (JasperReport) JRLoader.loadObject(in);
            }
            JRStyle base = report.getDefaultStyle();
            assertEquals("DejaVu Sans", base.getFontName(), file + " default style font");
            assertEquals("Identity-H", base.getPdfEncoding(), file + " default style encoding");
            assertEquals(Boolean.TRUE, base.isPdfEmbedded(), file + " default style embeds its font");
            for (JRStyle style : report.getStyles()) {
                assertTrue(style.getFontName() == null || "DejaVu Sans".equals(style.getFontName()),
                        file + " style " + style.getName() + " uses " + style.getFontName());
            }
        }
    }

    @Test
    void missingTemplateIsAReportException() {
        ReportDefinition<OrganisationExtract> missing = new ReportDefinition<>("nowhere/none",
                OrganisationExtract::language, OrganisationExtract::title, OrganisationExtract::rows);

        ReportException e = assertThrows(ReportException.class,
                () -> new ReportService().render(missing, Fixtures.extract(1), ReportFormat.PDF));
        assertTrue(e.getMessage().contains("reports/nowhere/none.jasper"), e.getMessage());
    }

    @Test
    void concurrentRendersShareOneServiceSafely() throws Exception {
        ReportService service = new ReportService();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int rows = 5 + i;
                texts.add(pool.submit(() -> rows + "|" + Pdfs.read(service.pdf(Fixtures.extract(rows))).text()));
                texts.add(pool.submit(() -> Pdfs.read(service.pdf(Fixtures.receipt(null, List.of()))).text()));
            }
            for (int i = 0; i < texts.size(); i += 2) {
                String extract = texts.get(i).get();
                int rows = Integer.parseInt(extract.substring(0, extract.indexOf('|')));
                assertTrue(extract.contains("Барлығы: " + rows), "each caller gets its own rows");
                assertTrue(texts.get(i + 1).get().contains("Ескертулер жоқ"));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void sheetNamesFollowExcelRules() {
        assertEquals("Ұйымдар тізілімінен үзінді", ReportFormat.sheetName("Ұйымдар тізілімінен үзінді"));
        assertEquals("a b", ReportFormat.sheetName("a/b"));
        assertEquals(31, ReportFormat.sheetName("x".repeat(40)).length());
        assertEquals("Sheet1", ReportFormat.sheetName(" : "));
    }
}
