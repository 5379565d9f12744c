package kz.qaldyq.reports;

import java.io.ByteArrayOutputStream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxExporterConfiguration;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** The file formats the service produces, each with how to fill for it and how to export. */
enum ReportFormat {

    PDF(true) {
        @Override
        void export(JasperReportsContext context, JasperPrint print, String title, String language,
                    ByteArrayOutputStream out) throws JRException {
            SimplePdfExporterConfiguration configuration = new SimplePdfExporterConfiguration();
            configuration.setMetadataTitle(title);
            configuration.setMetadataCreator(CREATOR);
            configuration.setDisplayMetadataTitle(true);
            // Tagged, with its language, so that screen readers read a public authority's documents correctly.
            configuration.setTagged(true);
            configuration.setTagLanguage(language);
            JRPdfExporter exporter = new JRPdfExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(configuration);
            exporter.exportReport();
        }
    },

    // Filled without pagination: a spreadsheet is one table, not pages with repeated headings and footers.
    XLSX(false) {
        @Override
        void export(JasperReportsContext context, JasperPrint print, String title, String language,
                    ByteArrayOutputStream out) throws JRException {
            SimpleXlsxReportConfiguration report = new SimpleXlsxReportConfiguration();
            report.setOnePagePerSheet(false);
            report.setDetectCellType(true);
            report.setRemoveEmptySpaceBetweenRows(true);
            report.setRemoveEmptySpaceBetweenColumns(true);
            report.setWhitePageBackground(false);
            report.setSheetNames(new String[] {sheetName(title)});
            SimpleXlsxExporterConfiguration exporterConfiguration = new SimpleXlsxExporterConfiguration();
            exporterConfiguration.setMetadataTitle(title);
            exporterConfiguration.setMetadataApplication(CREATOR);
            JRXlsxExporter exporter = new JRXlsxExporter(context);
            exporter.setExporterInput(new SimpleExporterInput(print));
            exporter.setExporterOutput(new SimpleOutputStreamExporterOutput(out));
            exporter.setConfiguration(report);
            exporter.setConfiguration(exporterConfiguration);
            exporter.exportReport();
        }
    };

    private static final String CREATOR = "Qaldyq";
    // Excel refuses sheet names longer than 31 characters or containing any of these.
    private static final int MAX_SHEET_NAME = 31;
    private static final String SHEET_NAME_FORBIDDEN = "[\\[\\]:*?/\\\\]";

    private final boolean paginated;

    ReportFormat(boolean paginated) {
        this.paginated = paginated;
    }

    boolean paginated() {
        return paginated;
    }

    abstract void export(JasperReportsContext context, JasperPrint print, String title, String language,
                         ByteArrayOutputStream out) throws JRException;

    static String sheetName(String title) {
        String name = title.replaceAll(SHEET_NAME_FORBIDDEN, " ").strip();
        if (name.isEmpty()) {
            return "Sheet1";
        }
        return name.length() > MAX_SHEET_NAME ? name.substring(0, MAX_SHEET_NAME).strip() : name;
    }
}
