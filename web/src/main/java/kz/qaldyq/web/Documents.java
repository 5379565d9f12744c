package kz.qaldyq.web;

import jakarta.enterprise.context.ApplicationScoped;
import kz.qaldyq.reports.ReportService;

/** The one report renderer of the application: compiled templates are loaded once and shared by every page and call. */
@ApplicationScoped
public class Documents {

    private final ReportService service = new ReportService();

    public ReportService reports() {
        return service;
    }
}
