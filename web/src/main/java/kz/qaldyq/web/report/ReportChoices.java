package kz.qaldyq.web.report;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.qaldyq.filing.FormCatalogue;
import kz.qaldyq.filing.FormVersion;
import kz.qaldyq.filing.ReportStatus;
import kz.qaldyq.platform.LocalizedText;
import kz.qaldyq.web.InstantConverter;

/** What the report pages offer to choose from: the forms, the reporting years their versions cover, the states. */
@Named
@RequestScoped
public class ReportChoices {

    /** A form as offered for a new report or a filter; {@code subject} is REGION (waste-1) or FACILITY (waste-2). */
    public record Form(String code, LocalizedText name, String subject, boolean perWasteCode) {

        public boolean isFacilitySubject() {
            return "FACILITY".equals(subject);
        }
    }

    @Inject
    private FormCatalogue catalogue;

    private List<Form> forms;
    private List<Integer> years;

    public List<Form> getForms() {
        if (forms == null) {
            Map<String, FormVersion> latest = new LinkedHashMap<>();
            catalogue.versions().forEach(v -> latest.put(v.getFormCode(), v));
            forms = new ArrayList<>();
            latest.forEach((code, version) -> forms.add(new Form(code,
                    catalogue.formName(code).orElse(new LocalizedText(code, code, code)),
                    catalogue.layout(version.getId()).subject(), catalogue.layout(version.getId()).perWasteCode())));
        }
        return forms;
    }

    /**
     * The forms started on the "my reports" page; a form filed per waste code (the hazardous-waste inventory) is
     * started from the generator's registry page, which asks for the code.
     */
    public List<Form> getNewForms() {
        return getForms().stream().filter(f -> !f.perWasteCode()).toList();
    }

    public Form form(String code) {
        return getForms().stream().filter(f -> f.code().equals(code)).findFirst().orElse(null);
    }

    /** From the current year back to the first year any form version covers; reports are never filed ahead. */
    public List<Integer> getYears() {
        if (years == null) {
            int first = catalogue.versions().stream().mapToInt(FormVersion::getFirstYear).min().orElse(currentYear());
            years = new ArrayList<>();
            for (int year = currentYear(); year >= first; year--) {
                years.add(year);
            }
        }
        return years;
    }

    /** The year respondents usually report on: the one that has just ended. */
    public static int lastYear() {
        return currentYear() - 1;
    }

    public static int currentYear() {
        return LocalDate.now(InstantConverter.KAZAKHSTAN).getYear();
    }

    /** The states a live report can be in (superseded versions are not listed). */
    public List<ReportStatus> getStatuses() {
        return Arrays.stream(ReportStatus.values()).filter(s -> s != ReportStatus.SUPERSEDED).toList();
    }
}
