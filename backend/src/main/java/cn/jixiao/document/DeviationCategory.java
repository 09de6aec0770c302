package cn.jixiao.document;

/** The 136号 template's cause categories of a deviation ({@code deviation.categories} holds the labels). */
public enum DeviationCategory {
    FUNDING("经费"),
    RULES("制度"),
    STAFF("人员"),
    HARDWARE("硬件"),
    OTHER("其他");

    private final String label;

    DeviationCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
