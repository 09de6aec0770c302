package cn.jixiao.form;

import cn.jixiao.web.Page;

/**
 * The list filters of GET /api/forms; nulls mean "any". {@code keyword}: part of the project or the unit name;
 * {@code unitId}: forms of that org and the orgs under it. Both only narrow the caller's scope, never widen it.
 */
public record FormQuery(String type, Integer year, String fund, FormStatus status, Integer monitorMonth,
                        String keyword, Long unitId, int page, int size) {

    /** The filters the exports take: no keyword, no unit. */
    public FormQuery(String type, Integer year, String fund, FormStatus status, Integer monitorMonth, int page, int size) {
        this(type, year, fund, status, monitorMonth, null, null, page, size);
    }

    public long offset() {
        return Page.offset(page, size);
    }

    /** The keyword as a LIKE pattern's body: its own %, _ and \ match themselves. */
    public String keywordPattern() {
        return keyword == null ? null : keyword.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
