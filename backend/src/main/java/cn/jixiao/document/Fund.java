package cn.jixiao.document;

/**
 * Fund codes of the exchange format. JSON value: the constant name; {@link #label()} is the Chinese name,
 * {@link #shortLabel()} the one lists have room for.
 */
public enum Fund {
    ENTERPRISE_PENSION("企业职工基本养老保险", "企业养老", false),
    PUBLIC_PENSION("机关事业单位养老保险", "机关养老", false),
    RESIDENT_PENSION("城乡居民基本养老保险", "居民养老", false),
    EMPLOYEE_MEDICAL("城镇职工基本医疗保险(含生育)", "职工医保", true),
    RESIDENT_MEDICAL("城乡居民基本医疗保险", "居民医保", true),
    WORK_INJURY("工伤保险", "工伤", false),
    UNEMPLOYMENT("失业保险", "失业", false),
    MATERNITY("生育保险", "生育", true),
    ALL("社会保险基金(综合)", "综合", false);

    private final String label;
    private final String shortLabel;
    private final boolean medical;

    Fund(String label, String shortLabel, boolean medical) {
        this.label = label;
        this.shortLabel = shortLabel;
        this.medical = medical;
    }

    public String label() {
        return label;
    }

    public String shortLabel() {
        return shortLabel;
    }

    /** A medical fund: its main money source is 医保基金 rather than 社保基金. */
    public boolean medical() {
        return medical;
    }

    /** 其中主要来源 on the table: 财政资金 on the monitoring table, 医保基金 / 社保基金 elsewhere. */
    public static String mainSourceLabel(FormType type, Fund fund) {
        if (type == FormType.MONITORING) {
            return "其中：财政资金";
        }
        return fund != null && fund.medical ? "其中：医保基金" : "其中：社保基金";
    }
}
