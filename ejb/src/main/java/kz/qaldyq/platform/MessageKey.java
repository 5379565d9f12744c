package kz.qaldyq.platform;

import java.io.Serializable;

/**
 * An argument of a {@link BusinessException} that is itself a bundle key, such as an enum value's name: the web tier
 * renders it in the user's language before filling the message in. A list of them is rendered as an enumeration.
 */
public record MessageKey(String key) implements Serializable {
}
