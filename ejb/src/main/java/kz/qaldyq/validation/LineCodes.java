package kz.qaldyq.validation;

import java.util.Comparator;

/** Line codes are strings, but "99" must come before "100" in ranges and in the order results are shown. */
final class LineCodes {

    static final Comparator<String> ORDER = LineCodes::compare;

    private LineCodes() {
    }

    private static int compare(String a, String b) {
        if (Params.isNumeric(a) && Params.isNumeric(b)) {
            String x = stripLeadingZeros(a);
            String y = stripLeadingZeros(b);
            if (x.length() != y.length()) {
                return Integer.compare(x.length(), y.length());
            }
            int c = x.compareTo(y);
            return c != 0 ? c : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static String stripLeadingZeros(String code) {
        int i = 0;
        while (i < code.length() - 1 && code.charAt(i) == '0') {
            i++;
        }
        return code.substring(i);
    }
}
