package kz.qaldyq.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * Renders the portal's documents from typed input records. Templates are compiled when the module is built; each
 * is loaded from the class path the first time it is needed and kept, so one instance should live as long as the
 * application. Safe for concurrent use: a compiled template is immutable and every call fills and exports its own
 * copy.
 * <p>
 * A new report is a template under {@code src/main/jasperreports/<context>/}, an input record, a
 * {@code ReportDefinition} constant below and a public method per format offered.
 */
public final class ReportService {

    private static final ReportDefinition<OrganisationExtract> REGISTER_EXTRACT = new ReportDefinition<>(
            "organisation/register-extract", OrganisationExtract::language, OrganisationExtract::title,
            OrganisationExtract::rows);

    private static final ReportDefinition<HistoricalRegisterExtract> HISTORICAL_EXTRACT = new ReportDefinition<>(
            "historical/register-extract", HistoricalRegisterExtract::language, HistoricalRegisterExtract::title,
            HistoricalRegisterExtract::rows);

    private static final ReportDefinition<IndicatorReport> INDICATOR_REPORT = new ReportDefinition<>(
            "indicator/indicator-report", IndicatorReport::language, IndicatorReport::title, IndicatorReport::rows);

    private static final ReportDefinition<HazardousRegistryExtract> HAZARDOUS_EXTRACT = new ReportDefinition<>(
            "hazardous/registry-extract", HazardousRegistryExtract::language, HazardousRegistryExtract::title,
            HazardousRegistryExtract::rows);

    private static final ReportDefinition<Receipt> RECEIPT = new ReportDefinition<>(
            "common/receipt", Receipt::language, Receipt::title, ReceiptRow::of);

    private final JasperReportsContext context = DefaultJasperReportsContext.getInstance();
    private final ConcurrentMap<String, JasperReport> templates = new ConcurrentHashMap<>();

    /** The extract from the register of organisations as PDF, paginated with headings on every page. */
    public byte[] pdf(OrganisationExtract extract) {
        return render(REGISTER_EXTRACT, extract, ReportFormat.PDF);
    }

    /** The extract from the register of organisations as an XLSX workbook with one sheet. */
    public byte[] xlsx(OrganisationExtract extract) {
        return render(REGISTER_EXTRACT, extract, ReportFormat.XLSX);
    }

    /** The extract from the historical-pollution register as PDF. */
    public byte[] pdf(HistoricalRegisterExtract extract) {
        return render(HISTORICAL_EXTRACT, extract, ReportFormat.PDF);
    }

    /** The extract from the historical-pollution register as an XLSX workbook with one sheet. */
    public byte[] xlsx(HistoricalRegisterExtract extract) {
        return render(HISTORICAL_EXTRACT, extract, ReportFormat.XLSX);
    }

    /** The indicator report of a year as PDF. */
    public byte[] pdf(IndicatorReport report) {
        return render(INDICATOR_REPORT, report, ReportFormat.PDF);
    }

    /** The indicator report of a year as an XLSX workbook with one sheet. */
    public byte[] xlsx(IndicatorReport report) {
        return render(INDICATOR_REPORT, report, ReportFormat.XLSX);
    }

    /** The extract from the hazardous-waste generator registry as PDF. */
    public byte[] pdf(HazardousRegistryExtract extract) {
        return render(HAZARDOUS_EXTRACT, extract, ReportFormat.PDF);
    }

    /** The extract from the hazardous-waste generator registry as an XLSX workbook with one sheet. */
    public byte[] xlsx(HazardousRegistryExtract extract) {
        return render(HAZARDOUS_EXTRACT, extract, ReportFormat.XLSX);
    }

    /** The receipt for a filed report as PDF. */
    public byte[] pdf(Receipt receipt) {
        return render(RECEIPT, receipt, ReportFormat.PDF);
    }

    <T> byte[] render(ReportDefinition<T> definition, T input, ReportFormat format) {
        Objects.requireNonNull(input, "input");
        JasperReport template = template(definition);
        String language = definition.language().apply(input);
        List<? extends Record> rows = definition.rows().apply(input);

        Map<String, Object> parameters = new HashMap<>();
        parameters.put(ReportDefinition.INPUT_PARAMETER, input);
        parameters.put(JRParameter.REPORT_LOCALE, Locale.forLanguageTag(language));
        parameters.put(JRParameter.IS_IGNORE_PAGINATION, !format.paginated());
        try {
            JasperPrint print = JasperFillManager.getInstance(context)
                    .fill(template, parameters, new RecordDataSource(rows));
            ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
            format.export(context, print, definition.title().apply(input), language, out);
            return out.toByteArray();
        } catch (JRException e) {
            throw new ReportException("cannot render " + definition.template() + " as " + format, e);
        }
    }

    private JasperReport template(ReportDefinition<?> definition) {
        return templates.computeIfAbsent(definition.resource(), this::load);
    }

    private JasperReport load(String resource) {
        try (InputStream in = ReportService.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("compiled report template " + resource + " is not on the class path");
            }
            return (JasperReport) JRLoader.loadObject(context, in);
        } catch (IOException | JRException e) {
            throw new ReportException("cannot load compiled report template " + resource, e);
        }
    }
}
