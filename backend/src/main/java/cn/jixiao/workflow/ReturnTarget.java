package cn.jixiao.workflow;

import java.util.Arrays;
import java.util.Optional;

/** Whom the leader's RETURN at sign-off sends the form back to ({@code returnTo}; the review cycle routes on it). */
public enum ReturnTarget {
    REVIEWER("地区审核人员"),
    FILER("填报单位");

    private final String label;

    ReturnTarget(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ReturnTarget> find(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
