package kz.qaldyq.platform;

import jakarta.ejb.ApplicationException;

/** Optimistic locking: someone else saved the same record after the caller loaded it; nothing was overwritten. */
@ApplicationException(rollback = true)
public class ConcurrentChangeException extends BusinessException {

    public ConcurrentChangeException(String changedBy, Object changedAt) {
        super("concurrentChange", changedBy, changedAt);
    }

    @Override
    public int httpStatus() {
        return 409;
    }
}
