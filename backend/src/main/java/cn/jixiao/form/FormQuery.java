package cn.jixiao.form;

import cn.jixiao.web.Page;

/** The list filters of GET /api/forms; nulls mean "any". */
public record FormQuery(String type, Integer year, String fund, FormStatus status, Integer monitorMonth,
                        int page, int size) {

    public long offset() {
        return Page.offset(page, size);
    }
}
