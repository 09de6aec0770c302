package cn.jixiao.validation;

import java.util.List;

/** A family of single-form rules. Implementations are stateless. */
public interface Rule {

    /** Appends the findings of this family for the form in {@code ctx} to {@code out}. */
    void check(ValidationContext ctx, List<Finding> out);
}
