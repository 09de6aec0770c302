package cn.jixiao.form;

/** Where a form is: DRAFT → UNIT_REVIEW → PREFECTURE_REVIEW → SIGN_OFF → SIGNED; RETURNED while in correction. */
public enum FormStatus {
    DRAFT("草稿"),
    UNIT_REVIEW("单位审核"),
    PREFECTURE_REVIEW("地区审核"),
    SIGN_OFF("领导签发"),
    SIGNED("已签发"),
    RETURNED("退回修改"),
    WITHDRAWN("已撤销");

    private final String label;

    FormStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
