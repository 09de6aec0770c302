package cn.jixiao.rectification;

/** OPEN while the filer works on it (also after a return), SUBMITTED while it is reviewed, ACCEPTED at the end. */
public enum RectificationStatus {
    OPEN("整改中"),
    SUBMITTED("待核验"),
    ACCEPTED("已验收");

    private final String label;

    RectificationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
