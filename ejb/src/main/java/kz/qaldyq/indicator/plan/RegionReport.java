package kz.qaldyq.indicator.plan;

import java.io.Serializable;
import kz.qaldyq.reference.KatoUnit;

/** One region's report on an akimat row for a year: the report (null while missing) and whether it is overdue. */
public record RegionReport(KatoUnit region, PlanReport report, boolean overdue) implements Serializable {

    public boolean reported() {
        return report != null;
    }
}
