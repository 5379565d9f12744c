package kz.qaldyq.web.api;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.web.Messages;

/** A role the caller lacks (EJBAccessException) is a 403; any other container failure a 500 without internals. */
@Provider
public class EjbExceptionMapper implements ExceptionMapper<EJBException> {

    private static final Logger LOG = Logger.getLogger(EjbExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EJBException e) {
        Locale locale = ApiLocale.of(headers);
        if (e instanceof EJBAccessException) {
            return Problem.response(403, Messages.text(locale, "error.status.403"), Messages.text(locale, "error.page.403.text"), "forbidden", null);
        }
        if (e.getCausedByException() instanceof BusinessException business) {
            return new BusinessExceptionMapper().toResponse(business);
        }
        LOG.log(Level.SEVERE, "API call failed", e);
        return Problem.response(500, Messages.text(locale, "error.status.500"), Messages.text(locale, "error.page.500.text"), "internal", null);
    }
}
