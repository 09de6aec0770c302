package cn.jixiao.export;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;

/**
 * The name a downloaded table is saved under, so that a folder of downloads reads like the paper files:
 * {@code 喀什市社会保险中心_城镇职工基本医疗保险基金支出_2020年9月_绩效监控情况表.pdf} (unit, project, period, table).
 */
final class ExportFileName {

    /** Longest base name kept (file systems allow 255 bytes; a CJK character is 3 in UTF-8). */
    private static final int MAX = 80;

    private ExportFileName() {
    }

    /** {@code unit_project_period_table.ext}; parts the form does not state are left out. */
    static String of(String unitName, FormDocument doc, String extension) {
        StringBuilder b = new StringBuilder();
        append(b, unitName);
        append(b, doc.project());
        append(b, period(doc));
        append(b, doc.type() == null ? "表" : doc.type().label());
        String base = safe(b.toString());
        if (base.length() > MAX) {
            base = base.substring(0, MAX);
        }
        return base + "." + extension;
    }

    /** 2020年9月 for a monitoring table, 2021年度 for the others. */
    static String period(FormDocument doc) {
        if (doc.year() == null) {
            return null;
        }
        if (doc.type() == FormType.MONITORING && doc.monitorMonth() != null) {
            return doc.year() + "年" + doc.monitorMonth() + "月";
        }
        return doc.year() + "年度";
    }

    /** Characters no file system takes in a name become {@code _}. */
    static String safe(String name) {
        return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
    }

    private static void append(StringBuilder b, String part) {
        if (part == null || part.isBlank()) {
            return;
        }
        if (b.length() > 0) {
            b.append('_');
        }
        b.append(part.strip());
    }
}
