package kz.qaldyq.registry.historical;

import java.util.EnumSet;
import java.util.Set;

/**
 * Lifecycle of an object [P after EC art. 143-144]: the akimat identifies, assesses and submits it; the ministry
 * includes or refuses it, categorises it; liquidation and monitoring follow; an object may be excluded with a reason.
 */
public enum HistoricalStatus {
    IDENTIFIED, ASSESSED, SUBMITTED_TO_MINISTRY, INCLUDED, REFUSED, CATEGORISED, LIQUIDATION, MONITORING, EXCLUDED;

    /** In the register, and so public (EC art. 143(8)); an excluded object has left the register. */
    public static final Set<HistoricalStatus> IN_REGISTER = EnumSet.of(INCLUDED, CATEGORISED, LIQUIDATION, MONITORING);

    /** States in which the akimat still describes the object; a refused object may be corrected and submitted again. */
    public boolean editable() {
        return this == IDENTIFIED || this == ASSESSED || this == REFUSED;
    }

    public boolean inRegister() {
        return IN_REGISTER.contains(this);
    }
}
