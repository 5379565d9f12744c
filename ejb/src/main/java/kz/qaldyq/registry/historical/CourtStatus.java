package kz.qaldyq.registry.historical;

/** Where an ownerless object stands in court: ownerless property is recognised by a court decision (Civil Code art. 242). */
public enum CourtStatus {
    NOT_FILED, PENDING, RECOGNISED_OWNERLESS, REJECTED
}
