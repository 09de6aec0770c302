package cn.jixiao.document;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One form in the {@code jixiao-form/1} exchange format (see exchange-format.md). Every field but
 * {@code schema} and {@code type} may be {@code null}; the validation engine reports what is missing.
 * Amounts are in {@code amountUnit} (万元 in practice), rates are percentages as numbers.
 */
public record FormDocument(
        String schema,
        FormType type,
        Integer year,
        Integer monitorMonth,
        String unit,
        String project,
        Fund fund,
        String amountUnit,
        Budget budget,
        Goal goal,
        List<Indicator> indicators,
        Deviation deviation,
        Report report,
        Filler filler) {

    /** The only schema this code reads and writes. */
    public static final String SCHEMA = "jixiao-form/1";

    public FormDocument {
        indicators = indicators == null ? null : Collections.unmodifiableList(new ArrayList<>(indicators));
    }

    /** The same document under another {@code unit}: a stored form's is its org's name, whatever was typed. */
    public FormDocument withUnit(String unit) {
        return new FormDocument(schema, type, year, monitorMonth, unit, project, fund, amountUnit, budget, goal,
                indicators, deviation, report, filler);
    }
}
