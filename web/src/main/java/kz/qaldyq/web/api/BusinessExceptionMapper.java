package kz.qaldyq.web.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Locale;
import kz.qaldyq.filing.RuleViolationException;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.registry.historical.IncompleteAssessmentException;
import kz.qaldyq.web.Messages;

/** A business refusal becomes a problem document in the caller's language (Accept-Language). */
@Provider
public class BusinessExceptionMapper implements ExceptionMapper<BusinessException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(BusinessException e) {
        Locale locale = ApiLocale.of(headers);
        int status = e.httpStatus();
        return Problem.response(status, Messages.text(locale, "error.status." + status), Messages.of(locale, e), e.getKey(), ruleIds(e));
    }

    /** The rules that failed, or the items a historical-pollution submission still lacks. */
    private static List<String> ruleIds(BusinessException e) {
        if (e instanceof IncompleteAssessmentException incomplete) {
            return incomplete.missing().stream().map(Enum::name).toList();
        }
        return e instanceof RuleViolationException violation ? violation.ruleIds() : List.of();
    }
}
