package kz.qaldyq.web.indicator;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import kz.qaldyq.indicator.IndicatorDataService;
import kz.qaldyq.indicator.IndicatorEntry;
import kz.qaldyq.indicator.IndicatorService;
import kz.qaldyq.indicator.SustainabilityReport;
import kz.qaldyq.indicator.Top50Change;
import kz.qaldyq.indicator.Top50Company;
import kz.qaldyq.organisation.DataScope;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.Roles;
import kz.qaldyq.reference.KatoUnit;
import kz.qaldyq.reference.ReferenceService;
import kz.qaldyq.web.Messages;

/**
 * indicator/data.xhtml: what the ministry enters for the indicators no report carries — learners per region and year
 * (indicator 4, with the source document) and the TOP-50 list with each company's sustainability report (indicator 5).
 * An akimat reads its region's rows.
 */
@Named
@ViewScoped
public class DataBacking implements Serializable {

    @Inject
    private IndicatorDataService data;
    @Inject
    private ReferenceService reference;
    @Inject
    private DataScope scope;

    private int year;
    private List<LearnerRow> learners = List.of();
    private List<CompanyRow> companies = List.of();
    private List<Top50Change> changes = List.of();
    private List<KatoUnit> regions;
    // the new company and the reason of a list change
    private Integer newRank;
    private String newBin;
    private String newName;
    private String newRegion;
    private String reason;

    @PostConstruct
    void init() {
        regions = reference.regions();
        year = Math.max(IndicatorService.FIRST_YEAR, Math.min(IndicatorService.LAST_YEAR, LocalDate.now(DashboardBacking.KAZAKHSTAN).getYear()));
        load();
    }

    public void load() {
        Map<String, IndicatorEntry> entries = new HashMap<>();
        data.entries(year).forEach(e -> entries.put(e.getRegionCode(), e));
        List<LearnerRow> rows = new ArrayList<>();
        String own = scope.isNational() ? null : scope.callerRegion().orElse("-");
        for (KatoUnit region : regions) {
            if (own != null && !own.equals(region.getCode())) {
                continue;
            }
            IndicatorEntry e = entries.get(region.getCode());
            rows.add(e == null ? new LearnerRow(region.getCode(), null, null, null, null, null, null)
                    : new LearnerRow(region.getCode(), e.getNumerator(), e.getDenominator(), e.getSourceDocument(), e.getLockVersion(),
                    e.getEnteredBy(), e.getEnteredAt()));
        }
        learners = rows;
        Map<Long, SustainabilityReport> answers = data.sustainability(year);
        companies = data.top50().stream().map(c -> new CompanyRow(c, answers.get(c.getId()))).toList();
        changes = scope.isNational() ? data.top50Changes() : List.of();
    }

    public void saveLearners(LearnerRow row) {
        try {
            data.enter(year, row.getRegionCode(), row.getNumerator(), row.getDenominator(), row.getSource(), row.getLockVersion());
            Messages.done("indicator.data.saved", regionName(row.getRegionCode()));
            load();
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void saveAnswer(CompanyRow row) {
        try {
            data.recordSustainability(row.getCompany().getId(), year, row.isPublished(), row.isWasteIndicators(),
                    new LinkedHashSet<>(row.getFrameworks()), row.getUrl(), row.getLockVersion());
            Messages.done("indicator.data.saved", row.getCompany().getName());
            load();
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void addCompany() {
        try {
            if (newRank == null) {
                throw new BusinessException("indicator.top50.rank");
            }
            data.addCompany(newRank, newBin, newName, newRegion, reason);
            Messages.done("indicator.data.saved", newName);
            newRank = null;
            newBin = null;
            newName = null;
            newRegion = null;
            reason = null;
            load();
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public void removeCompany(CompanyRow row) {
        try {
            data.removeCompany(row.getCompany().getId(), row.getCompany().getLockVersion(), reason);
            Messages.done("indicator.data.removed", row.getCompany().getName());
            reason = null;
            load();
        } catch (BusinessException e) {
            Messages.error(null, e);
        }
    }

    public boolean isMinistry() {
        return scope.is(Roles.MINISTRY);
    }

    public String regionName(String code) {
        return reference.findKato(code).map(k -> k.nameIn(Messages.currentLocale())).orElse(code);
    }

    public List<Integer> getYears() {
        return IntStream.rangeClosed(IndicatorService.FIRST_YEAR, IndicatorService.LAST_YEAR).boxed().toList();
    }

    public List<String> getFrameworkChoices() {
        return SustainabilityReport.FRAMEWORKS;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<LearnerRow> getLearners() {
        return learners;
    }

    public List<CompanyRow> getCompanies() {
        return companies;
    }

    public List<Top50Change> getChanges() {
        return changes;
    }

    public List<KatoUnit> getRegions() {
        return regions;
    }

    public Integer getNewRank() {
        return newRank;
    }

    public void setNewRank(Integer newRank) {
        this.newRank = newRank;
    }

    public String getNewBin() {
        return newBin;
    }

    public void setNewBin(String newBin) {
        this.newBin = newBin;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public String getNewRegion() {
        return newRegion;
    }

    public void setNewRegion(String newRegion) {
        this.newRegion = newRegion;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    /** A region's learners as the form edits them. */
    public static final class LearnerRow implements Serializable {
        private final String regionCode;
        private BigDecimal numerator;
        private BigDecimal denominator;
        private String source;
        private final Integer lockVersion;
        private final String enteredBy;
        private final java.time.Instant enteredAt;

        LearnerRow(String regionCode, BigDecimal numerator, BigDecimal denominator, String source, Integer lockVersion,
                   String enteredBy, java.time.Instant enteredAt) {
            this.regionCode = regionCode;
            this.numerator = numerator;
            this.denominator = denominator;
            this.source = source;
            this.lockVersion = lockVersion;
            this.enteredBy = enteredBy;
            this.enteredAt = enteredAt;
        }

        public String getRegionCode() {
            return regionCode;
        }

        public BigDecimal getNumerator() {
            return numerator;
        }

        public void setNumerator(BigDecimal numerator) {
            this.numerator = numerator;
        }

        public BigDecimal getDenominator() {
            return denominator;
        }

        public void setDenominator(BigDecimal denominator) {
            this.denominator = denominator;
        }

        public String getSource() {
            return source;
        }

        public void setSource(String source) {
            this.source = source;
        }

        public Integer getLockVersion() {
            return lockVersion;
        }

        public String getEnteredBy() {
            return enteredBy;
        }

        public java.time.Instant getEnteredAt() {
            return enteredAt;
        }

        /** The share as entered, for the row itself. */
        public String getShare() {
            if (numerator == null || denominator == null || denominator.signum() <= 0) {
                return "";
            }
            return numerator.multiply(BigDecimal.valueOf(100)).divide(denominator, 1, java.math.RoundingMode.HALF_UP).toPlainString() + " %";
        }
    }

    /** A listed company with its answer for the year, as the form edits it. */
    public static final class CompanyRow implements Serializable {
        private final Top50Company company;
        private boolean published;
        private boolean wasteIndicators;
        private List<String> frameworks;
        private String url;
        private final Integer lockVersion;
        private final boolean answered;

        CompanyRow(Top50Company company, SustainabilityReport answer) {
            this.company = company;
            this.answered = answer != null;
            this.published = answer != null && answer.isPublished();
            this.wasteIndicators = answer != null && answer.isWasteIndicators();
            this.frameworks = answer == null ? new ArrayList<>() : new ArrayList<>(answer.getFrameworks());
            this.url = answer == null ? null : answer.getUrl();
            this.lockVersion = answer == null ? null : answer.getLockVersion();
        }

        public Top50Company getCompany() {
            return company;
        }

        public boolean isPublished() {
            return published;
        }

        public void setPublished(boolean published) {
            this.published = published;
        }

        public boolean isWasteIndicators() {
            return wasteIndicators;
        }

        public void setWasteIndicators(boolean wasteIndicators) {
            this.wasteIndicators = wasteIndicators;
        }

        public List<String> getFrameworks() {
            return frameworks;
        }

        public void setFrameworks(List<String> frameworks) {
            this.frameworks = frameworks == null ? new ArrayList<>() : new ArrayList<>(frameworks);
        }

        public String getUrl() {
            return url;
        }

        public void setUrl(String url) {
            this.url = url;
        }

        public Integer getLockVersion() {
            return lockVersion;
        }

        public boolean isAnswered() {
            return answered;
        }

        /** Counts for indicator 5 as recorded. */
        public boolean isCounts() {
            return answered && published && wasteIndicators && !frameworks.isEmpty();
        }
    }
}
