package kz.qaldyq.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal the user must understand. Carries a message key of the application bundle ({@code error.<key>}) and
 * the values to fill in, never a text in one language: the web tier renders it in the caller's language. The
 * transaction is rolled back, so nothing is half-stored.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private final String key;
    private final transient List<Object> arguments;

    public BusinessException(String key, Object... arguments) {
        super(key + " " + List.of(arguments));
        this.key = key;
        this.arguments = List.of(arguments);
    }

    public String getKey() {
        return key;
    }

    public List<Object> getArguments() {
        return arguments;
    }

    /** HTTP status the API answers with. */
    public int httpStatus() {
        return 422;
    }
}
