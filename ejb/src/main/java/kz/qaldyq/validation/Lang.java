package kz.qaldyq.validation;

/** The portal's languages, and how each writes numbers in messages. */
enum Lang {
    KK("kk", ' ', ','), RU("ru", ' ', ','), EN("en", ',', '.');

    final String code;

    /** Plain ASCII separators on purpose: messages end up in PDFs, CSV exports and e-mails, where NBSP misbehaves. */
    final char grouping;
    final char decimal;

    Lang(String code, char grouping, char decimal) {
        this.code = code;
        this.grouping = grouping;
        this.decimal = decimal;
    }

    static Lang of(String language) {
        if (language == null || language.length() < 2) {
            return RU;
        }
        char a = Character.toLowerCase(language.charAt(0));
        char b = Character.toLowerCase(language.charAt(1));
        boolean bare = language.length() == 2 || language.charAt(2) == '-' || language.charAt(2) == '_';
        if (bare && a == 'k' && b == 'k') {
            return KK;
        }
        if (bare && a == 'e' && b == 'n') {
            return EN;
        }
        return RU;
    }
}
