package cn.jixiao.validation.crossform;

import cn.jixiao.document.FormDocument;
import cn.jixiao.validation.ValidationSettings;
import cn.jixiao.validation.value.IndicatorValueParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The candidate form and the other stored forms (the candidate's own stored version, recognised by its id,
 * is left out).
 */
public final class CrossFormContext {

    private final String candidateId;
    private final FormDocument candidate;
    private final List<StoredForm> others;
    private final ValidationSettings settings;

    public CrossFormContext(String candidateId, FormDocument candidate, List<StoredForm> stored,
                            ValidationSettings settings) {
        this.candidateId = candidateId;
        this.candidate = Objects.requireNonNull(candidate, "candidate");
        this.settings = settings == null ? ValidationSettings.defaults() : settings;
        List<StoredForm> list = new ArrayList<>();
        if (stored != null) {
            for (StoredForm f : stored) {
                if (f != null && (candidateId == null || !candidateId.equals(f.id()))) {
                    list.add(f);
                }
            }
        }
        this.others = List.copyOf(list);
    }

    public String candidateId() {
        return candidateId;
    }

    public FormDocument candidate() {
        return candidate;
    }

    /** The stored forms other than the candidate itself. */
    public List<StoredForm> others() {
        return others;
    }

    public ValidationSettings settings() {
        return settings;
    }

    /** Texts compared after removing whitespace and making full-width characters half-width. */
    public static boolean sameText(String a, String b) {
        if (a == null || b == null) {
            return false;
        }
        return IndicatorValueParser.normalize(a).equals(IndicatorValueParser.normalize(b));
    }

    /** A form's id for messages. */
    public static String describe(StoredForm f) {
        return (f.id() == null ? "" : "（编号 " + f.id() + "，") + f.status().label() + (f.id() == null ? "" : "）");
    }
}
