package kz.qaldyq.indicator.plan;

import java.time.Instant;

/** An evidence document's description without its bytes, for lists. */
public record EvidenceInfo(long id, long reportId, String name, String contentType, int sizeBytes, Instant uploadedAt,
                           String uploadedBy) {
}
