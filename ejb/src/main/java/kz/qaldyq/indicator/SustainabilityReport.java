package kz.qaldyq.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import kz.qaldyq.platform.BusinessException;

/** Whether a TOP-50 company published a sustainability report with waste indicators for a year, with its link. */
@Entity
@Table(name = "sustainability_report")
@IdClass(SustainabilityReport.Key.class)
@NamedQuery(name = "SustainabilityReport.ofYear", query = "select s from SustainabilityReport s where s.year = :year")
public class SustainabilityReport {

    /** The reporting standards indicator 5 names. */
    public static final List<String> FRAMEWORKS = List.of("GRI", "SASB", "TCFD", "ISSB");

    @Id
    @Column(name = "company_id")
    private Long companyId;
    @Id
    private int year;
    private boolean published;
    @Column(name = "waste_indicators")
    private boolean wasteIndicators;
    @Column(nullable = false)
    private String frameworks = "";
    private String url;
    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;
    @Version
    @Column(name = "lock_version")
    private int lockVersion;

    protected SustainabilityReport() {
    }

    SustainabilityReport(Long companyId, int year) {
        this.companyId = companyId;
        this.year = year;
    }

    void record(boolean published, boolean wasteIndicators, Set<String> frameworks, String url, String by, Instant at) {
        String list = frameworks == null ? "" : FRAMEWORKS.stream().filter(frameworks::contains).collect(Collectors.joining(","));
        if (published) {
            if (list.isEmpty()) {
                throw new BusinessException("indicator.sustainability.frameworkRequired");
            }
            this.url = checkedUrl(url);
        } else {
            if (wasteIndicators) {
                throw new BusinessException("indicator.sustainability.notPublished");
            }
            this.url = null;
            list = "";
        }
        this.published = published;
        this.wasteIndicators = wasteIndicators;
        this.frameworks = list;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    private static String checkedUrl(String url) {
        if (url == null || url.isBlank()) {
            throw new BusinessException("indicator.sustainability.urlRequired");
        }
        try {
            URI uri = new URI(url.trim());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null || url.length() > 500) {
                throw new BusinessException("indicator.sustainability.urlInvalid", url.trim());
            }
        } catch (URISyntaxException e) {
            throw new BusinessException("indicator.sustainability.urlInvalid", url.trim());
        }
        return url.trim();
    }

    public Long getCompanyId() {
        return companyId;
    }

    public int getYear() {
        return year;
    }

    public boolean isPublished() {
        return published;
    }

    public boolean isWasteIndicators() {
        return wasteIndicators;
    }

    /** Counts for indicator 5: published, with waste indicators, under one of the named standards. */
    public boolean counts() {
        return published && wasteIndicators && !frameworks.isEmpty();
    }

    public List<String> getFrameworks() {
        return frameworks.isEmpty() ? List.of() : Arrays.asList(frameworks.split(","));
    }

    public String getUrl() {
        return url;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public int getLockVersion() {
        return lockVersion;
    }

    /** The composite identity: company and year. */
    public static class Key implements Serializable {
        private Long companyId;
        private int year;

        public Key() {
        }

        public Key(Long companyId, int year) {
            this.companyId = companyId;
            this.year = year;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(companyId, k.companyId) && year == k.year;
        }

        @Override
        public int hashCode() {
            return Objects.hash(companyId, year);
        }
    }
}
