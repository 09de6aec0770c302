package cn.jixiao.org;

import java.util.EnumSet;
import java.util.Set;

/** 自治区 › 地区/州 › 县/市 › 单位. */
public enum OrgLevel {
    REGION("自治区"),
    PREFECTURE("地区/州"),
    COUNTY("县/市"),
    UNIT("单位");

    private final String label;

    OrgLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The levels an org of this level may hold: a prefecture holds counties and its own (本级) units. */
    public Set<OrgLevel> children() {
        return switch (this) {
            case REGION -> EnumSet.of(PREFECTURE);
            case PREFECTURE -> EnumSet.of(COUNTY, UNIT);
            case COUNTY -> EnumSet.of(UNIT);
            case UNIT -> EnumSet.noneOf(OrgLevel.class);
        };
    }
}
