package kz.qaldyq.registry.hazardous;

/** Where a generator's registration stands: the ministry registers it or returns it with a comment. */
public enum GeneratorStatus {
    DRAFT, SUBMITTED, REGISTERED, RETURNED;

    /** The organisation may change its registration while it is not with the ministry. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED || this == REGISTERED;
    }
}
