package kz.qaldyq.filing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.qaldyq.validation.DetailRow;

/**
 * What a registry knows that a form's rules compare against (DOMAIN §4: passports, licences, notifications, landfill
 * classes). The validator asks every implementation before it runs the engine; the engine itself never reads the
 * database. An implementation adds header fields and fact sets for the forms it knows and leaves the others alone.
 */
public interface ReportFacts {

    /** Adds to {@code header} and {@code facts} what the rules of this report's form need, for these detail rows. */
    void addTo(Report report, List<DetailRow> rows, Map<String, String> header, Map<String, Set<String>> facts);
}
