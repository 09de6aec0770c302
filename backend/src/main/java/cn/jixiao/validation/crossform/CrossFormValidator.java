package cn.jixiao.validation.crossform;

import cn.jixiao.document.FormDocument;
import cn.jixiao.validation.Finding;
import cn.jixiao.validation.ValidationSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * The four cross-form rules of rules.md (DUPLICATE_FORM, DUPLICATE_AMOUNTS_ACROSS_PROJECTS,
 * TARGET_VALUE_CHANGED, TARGET_INDICATOR_DROPPED). The caller (the backend, at submission and review) passes
 * the candidate and the stored forms that may be relevant — e.g. all forms of the candidate's unit and year —
 * and adds the findings to the single-form ones. Stateless and thread-safe.
 */
public final class CrossFormValidator {

    private final List<CrossFormRule> rules;

    public CrossFormValidator() {
        this(List.of(new DuplicateFormRule(), new DuplicateAmountsRule(), new SignedTargetRules()));
    }

    public CrossFormValidator(List<CrossFormRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /**
     * @param candidateId the candidate's stored id, or {@code null} when it is not stored yet (a stored form
     *                    with this id is the candidate itself and is ignored)
     * @param candidate   the form being submitted or reviewed
     * @param stored      other stored forms with their status
     * @param settings    thresholds ({@code null} = defaults)
     */
    public List<Finding> validate(String candidateId, FormDocument candidate, List<StoredForm> stored,
                                  ValidationSettings settings) {
        CrossFormContext ctx = new CrossFormContext(candidateId, candidate, stored, settings);
        List<Finding> out = new ArrayList<>();
        for (CrossFormRule r : rules) {
            r.check(ctx, out);
        }
        return out;
    }
}
