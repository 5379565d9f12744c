package kz.qaldyq.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.qaldyq.filing.FilingService;
import kz.qaldyq.filing.FormLayout;
import kz.qaldyq.filing.Report;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.organisation.UserService;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.reports.Receipt;
import kz.qaldyq.validation.RuleResult;
import kz.qaldyq.web.LanguageBacking;
import kz.qaldyq.web.Documents;
import kz.qaldyq.web.Messages;

/**
 * The receipt of a submitted or decided report (DOMAIN §3): a PDF in the user's language with the form's lines,
 * detail rows, rule results with the respondent's explanations, status, who and when. Same scope as reading the report.
 */
@Path("/reports/{id}/receipt.pdf")
public class ReceiptResource {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Asia/Almaty"));
    @Inject
    private Documents documents;

    @Inject
    private FilingService filing;
    @Inject
    private ReferenceService reference;
    @Inject
    private UserService users;
    @Context
    private HttpHeaders headers;

    @GET
    @Produces("application/pdf")
    public Response receipt(@PathParam("id") long id, @QueryParam("lang") String lang) {
        Report report = filing.get(id);
        if (report.getStatus() == ReportStatus.DRAFT) {
            throw new BusinessException("report.noReceiptForDraft");
        }
        // an explicit ?lang= wins, then the language the user chose in the portal, then the browser's
        String saved = users.me(null).getLocale();
        Locale locale = lang != null && LanguageBacking.SUPPORTED.contains(lang) ? Locale.forLanguageTag(lang)
                : saved != null ? Locale.forLanguageTag(saved) : ApiLocale.of(headers);
        byte[] pdf = documents.reports().pdf(receiptOf(report, filing.layoutOf(id), filing.validate(id), locale));
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"qaldyq-" + report.getFormCode() + "-" + report.getReportingYear()
                        + "-" + report.getId() + ".pdf\"")
                .build();
    }

    Receipt receiptOf(Report report, FormLayout layout, List<RuleResult> results, Locale locale) {
        String language = locale.getLanguage();
        Receipt.Labels labels = new Receipt.Labels(t(locale, "receipt.lines"), t(locale, "receipt.code"), t(locale, "receipt.label"),
                t(locale, "receipt.unit"), t(locale, "receipt.value"), t(locale, "receipt.checks"), t(locale, "receipt.rule"),
                t(locale, "receipt.severity"), t(locale, "receipt.message"), t(locale, "receipt.explanation"),
                t(locale, "receipt.noChecks"), t(locale, "receipt.pageOf"));
        List<Receipt.HeaderField> header = new ArrayList<>();
        header.add(new Receipt.HeaderField(t(locale, "receipt.form"), layout.formName().in(locale) + " (" + layout.version() + ")"));
        header.add(new Receipt.HeaderField(t(locale, "receipt.year"), String.valueOf(report.getReportingYear())));
        header.add(new Receipt.HeaderField(t(locale, "receipt.organisation"), report.getOrganisation().nameIn(locale)));
        header.add(new Receipt.HeaderField(t(locale, "receipt.bin"), report.getOrganisation().getBinValue()));
        header.add(new Receipt.HeaderField(t(locale, "receipt.region"),
                reference.findKato(report.getRegionCode()).map(k -> k.nameIn(locale)).orElse(report.getRegionCode())));
        if (report.getFacility() != null) {
            header.add(new Receipt.HeaderField(t(locale, "receipt.facility"), report.getFacility().getName()));
        }
        if (report.getWasteCode() != null) {
            header.add(new Receipt.HeaderField(t(locale, "hazardous.wasteCode"), report.getWasteCode()));
        }
        header.add(new Receipt.HeaderField(t(locale, "receipt.status"), t(locale, "ReportStatus." + report.getStatus().name())
                + (report.isLate() ? " · " + t(locale, "receipt.late") : "")));
        if (report.getSubmittedAt() != null) {
            header.add(new Receipt.HeaderField(t(locale, "receipt.submitted"), report.getSubmittedBy() + ", " + WHEN.format(report.getSubmittedAt())));
        }
        if (report.getDecidedAt() != null) {
            header.add(new Receipt.HeaderField(t(locale, "receipt.decided"), report.getDecidedBy() + ", " + WHEN.format(report.getDecidedAt())));
        }
        List<Receipt.Line> lines = layout.lines().stream()
                .map(l -> new Receipt.Line(l.code(), l.name().in(locale), t(locale, "unit." + l.unit()), format(report.value(l.code()), l.isTonnes(), locale)))
                .toList();
        Receipt.Details details = null;
        if (!report.getDetailRows().isEmpty()) {
            List<List<String>> rows = report.getDetailRows().stream().map(r -> {
                List<String> cells = new ArrayList<>();
                cells.add(layout.detailTable(r.getTableCode()).map(tb -> tb.name().in(locale)).orElse(r.getTableCode()));
                cells.add((r.getCounterpartyName() == null ? "" : r.getCounterpartyName())
                        + (r.getCounterpartyBin() == null ? "" : " (" + r.getCounterpartyBin() + ")"));
                cells.add(r.getCategory() == null ? "" : t(locale, "Destination." + r.getCategory()));
                cells.add(format(r.getTonnes(), true, locale));
                return cells;
            }).toList();
            details = new Receipt.Details(t(locale, "receipt.details"),
                    List.of(t(locale, "receipt.table"), t(locale, "receipt.counterparty"), t(locale, "receipt.destination"), t(locale, "receipt.tonnes")), rows);
        }
        List<Receipt.Check> checks = results.stream()
                .map(r -> new Receipt.Check(r.ruleId(), t(locale, "Severity." + r.severity().name()), r.message().in(language),
                        report.explanationOf(r.ruleId(), r.lineCode())))
                .toList();
        return new Receipt(language, labels, t(locale, "receipt.title"),
                layout.formName().in(locale) + " · " + report.getReportingYear(), header, lines, details, checks,
                t(locale, "receipt.footer", report.getId(), WHEN.format(java.time.Instant.now())));
    }

    static String format(BigDecimal value, boolean tonnes, Locale locale) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        boolean english = "en".equals(locale.getLanguage());
        symbols.setGroupingSeparator(english ? ',' : ' ');
        symbols.setDecimalSeparator(english ? '.' : ',');
        return new DecimalFormat(tonnes ? "#,##0.000" : "#,##0", symbols).format(value);
    }

    private static String t(Locale locale, String key, Object... args) {
        return Messages.text(locale, key, args);
    }
}
