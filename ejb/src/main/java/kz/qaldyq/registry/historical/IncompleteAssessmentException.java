package kz.qaldyq.registry.historical;

import jakarta.ejb.ApplicationException;
import java.util.List;
import kz.qaldyq.platform.BusinessException;
import kz.qaldyq.platform.MessageKey;

/** Submission refused: the items of EC art. 143(4) and Order No. 329 that are still missing, in their order. */
@ApplicationException(rollback = true)
public class IncompleteAssessmentException extends BusinessException {

    private final transient List<AssessmentItem> missing;

    public IncompleteAssessmentException(List<AssessmentItem> missing) {
        super("historical.incomplete", missing.stream().map(i -> new MessageKey("AssessmentItem." + i.name())).toList());
        this.missing = List.copyOf(missing);
    }

    public List<AssessmentItem> missing() {
        return missing;
    }
}
