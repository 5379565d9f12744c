package kz.qaldyq.indicator.plan;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.FileTypes;

/**
 * An evidence document of a report (an order, an act, a letter, a photograph, a table): PDF, DOCX, XLSX, PNG or JPEG
 * up to {@value #MAX_BYTES} bytes. The type is told by the content, not by the name: a renamed file is refused.
 */
@Entity
@Table(name = "plan_evidence")
@NamedQuery(name = "PlanEvidence.findByReport",
        query = "select new kz.qaldyq.indicator.plan.EvidenceInfo(e.id, e.reportId, e.name, e.contentType, e.sizeBytes, e.uploadedAt, e.uploadedBy)"
                + " from PlanEvidence e where e.reportId = :report order by e.uploadedAt, e.id")
public class PlanEvidence {

    public static final int MAX_BYTES = 5 * 1024 * 1024;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_evidence_seq")
    @SequenceGenerator(name = "plan_evidence_seq", sequenceName = "plan_evidence_seq", allocationSize = 50)
    private Long id;
    @Column(name = "report_id", nullable = false, updatable = false)
    private Long reportId;
    @Column(nullable = false)
    private String name;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected PlanEvidence() {
    }

    PlanEvidence(Long reportId, Evidence evidence, String by) {
        this.contentType = check(evidence);
        this.reportId = reportId;
        this.name = evidence.name().strip().replaceAll("[\\\\/]", "_");
        this.content = evidence.content();
        this.sizeBytes = content.length;
        this.uploadedAt = Instant.now();
        this.uploadedBy = by;
    }

    /** Refuses an empty, too large or unsupported file with a message naming it; answers its content type. */
    static String check(Evidence evidence) {
        if (evidence.name() == null || evidence.name().isBlank()) {
            throw new BusinessException("plan.evidence.nameRequired");
        }
        byte[] content = evidence.content();
        if (content == null || content.length == 0) {
            throw new BusinessException("plan.evidence.empty", evidence.name());
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("plan.evidence.tooLarge", evidence.name(), MAX_BYTES / (1024 * 1024));
        }
        String type = FileTypes.of(content);
        if (type == null) {
            throw new BusinessException("plan.evidence.type", evidence.name());
        }
        return type;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
    }

    public String getName() {
        return name;
    }

    public String getContentType() {
        return contentType;
    }

    public int getSizeBytes() {
        return sizeBytes;
    }

    public byte[] getContent() {
        return content;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
