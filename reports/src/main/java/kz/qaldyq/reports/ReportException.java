package kz.qaldyq.reports;

/**
 * A report could not be produced: its compiled template is missing or broken, or filling or exporting it failed.
 * Unchecked because no caller can recover from it other than by reporting an internal error.
 */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }

    public ReportException(String message) {
        super(message);
    }
}
