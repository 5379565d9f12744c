package kz.qaldyq.filing;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kz.qaldyq.platform.BusinessException;

/** A submission refused by the rule engine: ERRORs remain, or WARNINGs are not explained. Names the rules. */
@ApplicationException(rollback = true)
public class RuleViolationException extends BusinessException {

    private final List<String> ruleIds;

    public RuleViolationException(String key, List<String> ruleIds) {
        super(key, String.join(", ", ruleIds));
        this.ruleIds = List.copyOf(ruleIds);
    }

    public List<String> ruleIds() {
        return ruleIds;
    }
}
