package kz.qaldyq.platform;

import jakarta.ejb.ApplicationException;

/** The caller reached for data outside its scope (another organisation, another region) or a forbidden action. */
@ApplicationException(rollback = true)
public class AccessDeniedException extends BusinessException {

    public AccessDeniedException(String key, Object... arguments) {
        super(key, arguments);
    }

    @Override
    public int httpStatus() {
        return 403;
    }
}
