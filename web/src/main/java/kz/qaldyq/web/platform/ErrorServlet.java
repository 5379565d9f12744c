package kz.qaldyq.web.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.qaldyq.platform.AccessDeniedException;
import kz.qaldyq.platform.NotFoundException;
import kz.qaldyq.web.Messages;
import kz.qaldyq.web.api.Problem;

/**
 * The one place errors end up: API calls get an RFC 9457 problem document, pages get the error page in the user's
 * language (403, 404, 500, expired view). Exceptions are unwrapped to the refusal that caused them.
 */
@WebServlet("/error/status")
public class ErrorServlet extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorServlet.class.getName());

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Throwable error = rootOf((Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
        Integer code = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code == null ? 500 : code;
        String page;
        if (error instanceof ViewExpiredException) {
            status = 200;
            page = "expired";
        } else if (error instanceof AccessDeniedException || error instanceof EJBAccessException) {
            status = 403;
            page = "403";
        } else if (error instanceof NotFoundException) {
            status = 404;
            page = "404";
        } else if (error != null) {
            status = 500;
            page = "500";
            LOG.log(Level.SEVERE, "Unhandled error on " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), error);
        } else {
            page = switch (status) {
                case 401, 403 -> "403";
                case 404 -> "404";
                default -> "500";
            };
        }
        String uri = String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI));
        if (uri.startsWith(request.getContextPath() + "/api/") || accepts(request, "application/json")) {
            response.setStatus(status == 200 ? 400 : status);
            String key = status == 401 ? "error.unauthenticated" : "error.page." + page + ".text";
            Problem.write(response, status == 200 ? 400 : status, Messages.text(request.getLocale(), "error.page." + page + ".title"),
                    Messages.text(request.getLocale(), key), null);
            return;
        }
        response.setStatus(status);
        request.getRequestDispatcher("/WEB-INF/errorpages/" + page + ".xhtml").forward(request, response);
    }

    private static boolean accepts(HttpServletRequest request, String type) {
        String accept = request.getHeader("Accept");
        return accept != null && accept.startsWith(type);
    }

    static Throwable rootOf(Throwable error) {
        Throwable current = error;
        while (current != null) {
            if (current instanceof AccessDeniedException || current instanceof NotFoundException
                    || current instanceof EJBAccessException || current instanceof ViewExpiredException) {
                return current;
            }
            Throwable next = current instanceof EJBException ejb && ejb.getCausedByException() != null
                    ? ejb.getCausedByException() : current.getCause();
            if (next == null || next == current) {
                return current;
            }
            current = next;
        }
        return null;
    }
}
