package kz.qaldyq.registry.historical;

import java.time.Instant;

/** A document's description without its bytes, for lists. */
public record DocumentInfo(long id, String name, String contentType, int sizeBytes, boolean internal, Instant uploadedAt,
                           String uploadedBy) {
}
