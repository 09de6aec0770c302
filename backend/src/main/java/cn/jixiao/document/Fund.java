package cn.jixiao.document;

/** Fund codes of the exchange format. JSON value: the constant name; {@link #label()} is the Chinese name. */
public enum Fund {
    ENTERPRISE_PENSION("企业职工基本养老保险"),
    PUBLIC_PENSION("机关事业单位养老保险"),
    RESIDENT_PENSION("城乡居民基本养老保险"),
    EMPLOYEE_MEDICAL("城镇职工基本医疗保险(含生育)"),
    RESIDENT_MEDICAL("城乡居民基本医疗保险"),
    WORK_INJURY("工伤保险"),
    UNEMPLOYMENT("失业保险"),
    MATERNITY("生育保险"),
    ALL("社会保险基金(综合)");

    private final String label;

    Fund(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
