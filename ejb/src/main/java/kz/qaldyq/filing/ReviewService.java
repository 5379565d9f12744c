package kz.qaldyq.filing;

import static kz.qaldyq.platform.Roles.ADMIN;
import static kz.qaldyq.platform.Roles.AKIMAT;
import static kz.qaldyq.platform.Roles.MINISTRY;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.Page;
import kz.qaldyq.validation.RuleResult;
import kz.qaldyq.validation.RuleSpec;

/**
 * The reviewer's side: the akimat of the region for the statistical forms, the ministry for the forms it reviews (the
 * hazardous-waste inventory) — the inbox, opening a report for review, approving it or returning it with comments.
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
    @Inject
    private ReportValidator validator;
    @Inject
    private FormCatalogue catalogue;

    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Page<Report> inbox(InboxQuery query, int offset, int limit) {
        int size = Math.min(Math.max(1, limit), 200);
        if (scope.isNational()) {
            return repository.findAll(query, Math.max(0, offset), size);
        }
        String region = scope.callerRegion().orElseThrow(() -> new AccessDeniedException("scope.noRegion"));
        // the akimat's inbox holds the forms it reviews; the ministry's own forms of the region are read elsewhere
        return repository.findForRegion(region, query.onlyForms(catalogue.formsReviewedBy(kz.qaldyq.platform.Roles.AKIMAT)),
                Math.max(0, offset), size);
    }

    /** The reviewer opens the report; a submitted report becomes UNDER_REVIEW (recorded). */
    @RolesAllowed({AKIMAT, MINISTRY})
    public Report open(long id) {
        Report report = access.reviewable(id);
        if (report.open(scope.username())) {
            repository.persist(ReportEvent.transition(report.getId(), scope.username(), ReportEvent.Action.OPENED,
                    ReportStatus.SUBMITTED, ReportStatus.UNDER_REVIEW, null));
        }
        return report;
    }

    @RolesAllowed({AKIMAT, MINISTRY})
    public Report approve(long id, int loadedVersion, String comment) {
        Report report = access.reviewable(id);
        access.requireNotOwnOrganisation(report);
        if (report.getLockVersion() != loadedVersion) {
            throw new kz.qaldyq.platform.ConcurrentChangeException(report.getUpdatedBy(), report.getUpdatedAt());
        }
        List<String> unacknowledged = unacknowledged(report);
        if (!unacknowledged.isEmpty()) {
            throw new RuleViolationException("report.unacknowledged", unacknowledged);
        }
        ReportStatus from = report.getStatus();
        report.approve(scope.username());
        repository.persist(ReportEvent.transition(report.getId(), scope.username(), ReportEvent.Action.APPROVED, from,
                ReportStatus.APPROVED, blankToNull(comment)));
        repository.flush();
        return report;
    }

    /** Returns the report for correction; a comment for the whole report is required, line comments are optional. */
    @RolesAllowed({AKIMAT, MINISTRY})
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

    /**
     * The reviewer acknowledges, line by line, a change against last year large enough that its rule asks for it
     * ({@code acknowledge=true}); approval waits until every such finding is acknowledged.
     */
    @RolesAllowed({AKIMAT, MINISTRY})
    public Report acknowledge(long id, String ruleId, String lineCode, String comment) {
        Report report = access.reviewable(id);
        boolean current = findingsToAcknowledge(report).stream()
                .anyMatch(r -> r.ruleId().equals(ruleId) && java.util.Objects.equals(r.lineCode(), lineCode));
        if (!current) {
            throw new BusinessException("report.nothingToAcknowledge", ruleId, String.valueOf(lineCode));
        }
        repository.persist(ReportEvent.acknowledgement(report.getId(), scope.username(), ruleId, lineCode, blankToNull(comment)));
        repository.flush();
        return report;
    }

    /** Findings that wait for the reviewer's acknowledgement, as {@code rule/line}. */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public List<String> unacknowledged(long id) {
        return unacknowledged(access.readable(id));
    }

    private List<String> unacknowledged(Report report) {
        List<ReportEvent> history = repository.history(report.getId());
        return findingsToAcknowledge(report).stream()
                .filter(r -> history.stream().noneMatch(e -> e.getAction() == ReportEvent.Action.ACKNOWLEDGED
                        && r.ruleId().equals(e.getRuleId()) && java.util.Objects.equals(r.lineCode(), e.getLineCode())))
                .map(r -> r.ruleId() + "/" + r.lineCode())
                .toList();
    }

    private List<RuleResult> findingsToAcknowledge(Report report) {
        Set<String> rules = catalogue.layout(report.getFormVersion().getId()).spec().rules().stream()
                .filter(r -> "true".equals(r.params().get("acknowledge"))).map(RuleSpec::id).collect(Collectors.toSet());
        return validator.validate(report).stream().filter(r -> rules.contains(r.ruleId())).toList();
    }

    /**
     * Re-validates every live report of a year under the current rules of its form version, with every check against
     * prior years: the ministry for the whole country ({@code regionCode} null) or a region, an akimat for its own
     * region. Findings by report id; a clean report has an empty list.
     */
    @RolesAllowed({AKIMAT, MINISTRY, ADMIN})
    public Map<Long, List<RuleResult>> revalidate(int year, String regionCode) {
        if (regionCode == null) {
            if (!scope.isNational()) {
                throw new AccessDeniedException("scope.noRegion");
            }
        } else {
            scope.requireRegion(regionCode);
        }
        return validator.validateAll(year, regionCode);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
