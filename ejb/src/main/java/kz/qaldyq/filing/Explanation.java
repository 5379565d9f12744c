package kz.qaldyq.filing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** The respondent's written explanation of a WARNING, shown to the reviewer. */
@Embeddable
public class Explanation {

    @Column(name = "rule_id")
    private String ruleId;
    @Column(name = "line_code")
    private String lineCode;
    private String text;
    @Column(name = "written_by")
    private String writtenBy;
    @Column(name = "written_at")
    private Instant writtenAt;

    protected Explanation() {
    }

    Explanation(String ruleId, String lineCode, String text, String writtenBy) {
        this.ruleId = ruleId;
        this.lineCode = lineCode == null ? "" : lineCode;
        this.text = text;
        this.writtenBy = writtenBy;
        this.writtenAt = Instant.now();
    }

    public static String key(String ruleId, String lineCode) {
        return ruleId + "|" + (lineCode == null ? "" : lineCode);
    }

    public String key() {
        return key(ruleId, lineCode);
    }

    public String getRuleId() {
        return ruleId;
    }

    public String getLineCode() {
        return lineCode.isEmpty() ? null : lineCode;
    }

    public String getText() {
        return text;
    }

    public String getWrittenBy() {
        return writtenBy;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && Objects.equals(ruleId, e.ruleId) && Objects.equals(lineCode, e.lineCode);
    }

    @Override
    public int hashCode() {
        return Objects.hash(ruleId, lineCode);
    }
}
