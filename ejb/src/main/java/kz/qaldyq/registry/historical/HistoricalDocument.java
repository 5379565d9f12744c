package kz.qaldyq.registry.historical;

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
 * A document of an object (assessment materials, survey, project, acceptance act, photographs): PDF, PNG or JPEG up
 * to {@value #MAX_BYTES} bytes, its type told by the first bytes of the file, not by its name. Internal documents
 * (the default) never reach the public register.
 */
@Entity
@Table(name = "historical_document")
@NamedQuery(name = "HistoricalDocument.findByObject",
        query = "select new kz.qaldyq.registry.historical.DocumentInfo(d.id, d.name, d.contentType, d.sizeBytes, d.internal, d.uploadedAt, d.uploadedBy)"
                + " from HistoricalDocument d where d.objectId = :object order by d.uploadedAt, d.id")
public class HistoricalDocument {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    private static final java.util.Set<String> ACCEPTED = java.util.Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "historical_document_seq")
    @SequenceGenerator(name = "historical_document_seq", sequenceName = "historical_document_seq", allocationSize = 50)
    private Long id;

    @Column(name = "object_id", nullable = false, updatable = false)
    private Long objectId;
    @Column(nullable = false)
    private String name;
    @Column(name = "content_type", nullable = false)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private int sizeBytes;
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false)
    private byte[] content;
    private boolean internal;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;
    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    protected HistoricalDocument() {
    }

    public HistoricalDocument(Long objectId, String name, byte[] content, boolean internal, String by) {
        if (name == null || name.isBlank()) {
            throw new BusinessException("document.nameRequired");
        }
        if (content == null || content.length == 0) {
            throw new BusinessException("document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new BusinessException("document.tooLarge", name, MAX_BYTES / (1024 * 1024));
        }
        this.contentType = contentTypeOf(content);
        if (contentType == null) {
            throw new BusinessException("document.type", name);
        }
        this.objectId = objectId;
        this.name = name.strip().replaceAll("[\\\\/]", "_");
        this.content = content;
        this.sizeBytes = content.length;
        this.internal = internal;
        this.uploadedAt = Instant.now();
        this.uploadedBy = by;
    }

    /** PDF, PNG or JPEG by their signatures; {@code null} for anything else, whatever its name says. */
    static String contentTypeOf(byte[] b) {
        String type = FileTypes.of(b);
        return type != null && ACCEPTED.contains(type) ? type : null;
    }

    public Long getId() {
        return id;
    }

    public Long getObjectId() {
        return objectId;
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

    public boolean isInternal() {
        return internal;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }
}
