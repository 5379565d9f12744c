package kz.qaldyq.validation;

/**
 * A text in the portal's three languages: Kazakh (state language), Russian (official), English (for partners).
 * Any of them may be missing while a translation is pending.
 */
public record Text(String kk, String ru, String en) {

    /**
     * The text in {@code language} ({@code kk}, {@code ru} or {@code en}; a region suffix such as {@code kk-KZ} is
     * ignored), falling back to Russian, then English, and only then Kazakh, so that a user never sees nothing
     * while some translation exists. Unknown or null languages are treated as Russian.
     */
    public String in(String language) {
        String text = switch (Lang.of(language)) {
            case KK -> kk;
            case EN -> en;
            case RU -> ru;
        };
        if (present(text)) {
            return text;
        }
        if (present(ru)) {
            return ru;
        }
        if (present(en)) {
            return en;
        }
        return present(kk) ? kk : null;
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
