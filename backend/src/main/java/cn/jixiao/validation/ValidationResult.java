package cn.jixiao.validation;

import java.util.List;

/** Findings in rule order, and the computed values. Serialises to {@code {"findings":[…],"computed":{…}}}. */
public record ValidationResult(List<Finding> findings, Computed computed) {

    public ValidationResult {
        findings = List.copyOf(findings);
    }

    /** Whether any finding is an ERROR. */
    public boolean hasErrors() {
        for (Finding f : findings) {
            if (f.severity() == Severity.ERROR) {
                return true;
            }
        }
        return false;
    }
}
