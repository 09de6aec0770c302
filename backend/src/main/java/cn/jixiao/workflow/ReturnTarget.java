package cn.jixiao.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whom a RETURN at 地区审核 or 领导签发 sends the form back to ({@code returnTo}; the review cycle routes on it). Which
 * targets a step offers, and its default, are {@link TaskKey#returnTargets()}.
 */
public enum ReturnTarget {
    REVIEWER("地区审核人员"),
    UNIT_HEAD("单位审核人员"),
    FILER("填报人");

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
