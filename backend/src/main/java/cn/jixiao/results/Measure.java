package cn.jixiao.results;

/** How a result was applied (api.md, 结果应用); only a budget cut carries an amount (万元). */
public enum Measure {
    PRAISE("表扬", false),
    PRIORITY("优先支持", false),
    NOTICE("通报", false),
    RECTIFY("限期整改", false),
    BUDGET_CUT("调减预算", true);

    private final String label;
    private final boolean withAmount;

    Measure(String label, boolean withAmount) {
        this.label = label;
        this.withAmount = withAmount;
    }

    public String label() {
        return label;
    }

    public boolean withAmount() {
        return withAmount;
    }
}
