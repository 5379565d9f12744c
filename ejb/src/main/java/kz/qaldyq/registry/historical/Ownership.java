package kz.qaldyq.registry.historical;

/** Whether an owner or balance holder is known (by BIN) or the object is ownerless. */
public enum Ownership {
    OWNED, OWNERLESS
}
