package kz.qaldyq.platform;

import jakarta.ejb.ApplicationException;

/** What was asked for by identifier does not exist. */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("notFound", what, id);
    }

    @Override
    public int httpStatus() {
        return 404;
    }
}
