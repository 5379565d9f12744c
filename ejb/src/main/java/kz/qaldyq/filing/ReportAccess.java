package kz.qaldyq.filing;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.platform.Roles;

/**
 * Who may do what with a report: the respondent's linked users read and file it; the akimat of its region reviews
 * it; the ministry reads everything. Refusals happen here, in the service tier, whatever page or API asked.
 */
@Stateless
@PermitAll
public class ReportAccess {

    @Inject
    private ReportRepository repository;

    @Inject
    private DataScope scope;

    @Inject
    private FormCatalogue catalogue;

    public Report readable(long id) {
        Report report = find(id);
        if (scope.isNational()) {
            return report;
        }
        if (scope.is(Roles.AKIMAT) && scope.callerRegion().map(report.getRegionCode()::equals).orElse(false)) {
            return report;
        }
        if (scope.is(Roles.ENTERPRISE) && scope.isLinkedTo(report.getOrganisation().getId())) {
            return report;
        }
        throw new AccessDeniedException("scope.report", id);
    }

    public Report fileable(long id) {
        Report report = find(id);
        if (!scope.is(Roles.ENTERPRISE) || !scope.isLinkedTo(report.getOrganisation().getId())) {
            throw new AccessDeniedException("scope.report", id);
        }
        return report;
    }

    /**
     * The reviewer of the report's form: the akimat of the report's region, or the ministry for a form it reviews (the
     * hazardous-waste inventory); never a reviewer linked to the reporting organisation (four eyes, checked on approval).
     */
    public Report reviewable(long id) {
        Report report = find(id);
        if (Roles.MINISTRY.equals(catalogue.layout(report.getFormVersion().getId()).reviewerRole())) {
            if (!scope.is(Roles.MINISTRY)) {
                throw new AccessDeniedException("hazardous.scope.reviewer", report.getFormCode());
            }
            return report;
        }
        if (!scope.is(Roles.AKIMAT) || !scope.callerRegion().map(report.getRegionCode()::equals).orElse(false)) {
            throw new AccessDeniedException("scope.region", report.getRegionCode());
        }
        return report;
    }

    public void requireNotOwnOrganisation(Report report) {
        if (scope.isLinkedTo(report.getOrganisation().getId())) {
            throw new AccessDeniedException("report.ownOrganisation", report.getOrganisation().getBinValue());
        }
    }

    private Report find(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundException("report", id));
    }
}
