package kz.qaldyq.filing;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Map;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.Page;

/**
 * The akimat's side: the region's inbox, opening a report for review, approving it or returning it with comments.
 * Every decision is made by a named person and recorded; nobody approves their own organisation's report.
 */
@Stateless
public class ReviewService {

    @Inject
    private ReportRepository repository;
    @Inject
    private ReportAccess access;
    @Inject
    private DataScope scope;

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Page<Report> inbox(InboxQuery query, int offset, int limit) {
        int size = Math.min(Math.max(1, limit), 200);
        if (scope.isNational()) {
            return repository.findAll(query, Math.max(0, offset), size);
        }
        String region = scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion"));
        return repository.findForRegion(region, query, Math.max(0, offset), size);
    }

    /** The reviewer opens the report; a submitted report becomes UNDER_REVIEW (recorded). */
    @RolesAllowed(AKIMAT)
    public Report open(long id) {
        Report report = access.reviewable(id);
        if (report.open(scope.username())) {
            repository.persist(ReportEvent.transition(report.getId(), scope.username(), ReportEvent.Action.OPENED,
                    ReportStatus.SUBMITTED, ReportStatus.UNDER_REVIEW, null));
        }
        return report;
    }

    @RolesAllowed(AKIMAT)
    public Report approve(long id, int loadedVersion, String comment) {
        Report report = access.reviewable(id);
        access.requireNotOwnOrganisation(report);
        if (report.getLockVersion() != loadedVersion) {
            throw new kz.qaldyq.platform.ConcurrentChangeException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        ReportStatus from = report.getStatus();
        report.approve(scope.username());
        repository.persist(ReportEvent.transition(report.getId(), scope.username(), ReportEvent.Action.APPROVED, from,
                ReportStatus.APPROVED, blankToNull(comment)));
        repository.flush();
        return report;
    }

    /** Returns the report for correction; a comment for the whole report is required, line comments are optional. */
    @RolesAllowed(AKIMAT)
    public Report returnForCorrection(long id, int loadedVersion, String comment, Map<String, String> lineComments) {
        Report report = access.reviewable(id);
        if (report.getLockVersion() != loadedVersion) {
            throw new kz.qaldyq.platform.ConcurrentChangeException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        if (comment == null || comment.isBlank()) {
            throw new BusinessException("report.returnNeedsComment");
        }
        ReportStatus from = report.getStatus();
        report.returnForCorrection(scope.username(), comment);
        repository.persist(ReportEvent.transition(report.getId(), scope.username(), ReportEvent.Action.RETURNED, from,
                ReportStatus.RETURNED, comment.strip()));
        if (lineComments != null) {
            lineComments.forEach((line, text) -> {
                if (text != null && !text.isBlank()) {
                    repository.persist(ReportEvent.comment(report.getId(), scope.username(), line, text.strip()));
                }
            });
        }
        repository.flush();
        return report;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
