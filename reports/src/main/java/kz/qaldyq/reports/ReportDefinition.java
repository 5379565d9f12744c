package kz.qaldyq.reports;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Binds an input record type to its compiled template. The template receives the whole record as the parameter
 * {@value #INPUT_PARAMETER}, typed, so its expressions are checked against the record when the module is built; the
 * rows become the main data source, each template field read from the record component of the same name.
 *
 * @param template path of the template under {@code reports/}, without extension, e.g.
 *                 {@code organisation/register-extract}
 * @param language the input's BCP 47 language tag, which becomes the report locale
 * @param title    the input's document title, written into the file's metadata
 * @param rows     the records the detail band iterates over
 */
record ReportDefinition<T>(String template, Function<T, String> language, Function<T, String> title,
                           Function<T, List<? extends Record>> rows) {

    static final String INPUT_PARAMETER = "INPUT";

    ReportDefinition {
        Objects.requireNonNull(template, "template");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rows, "rows");
    }

    String resource() {
        return "reports/" + template + ".jasper";
    }
}
