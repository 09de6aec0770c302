package cn.jixiao.org;

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
}
