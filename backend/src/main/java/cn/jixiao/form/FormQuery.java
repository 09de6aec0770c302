package cn.jixiao.form;

/** The list filters of GET /api/forms; nulls mean "any". */
public record FormQuery(String type, Integer year, String fund, FormStatus status, Integer monitorMonth,
                        int page, int size) {

    public int offset() {
        return page * size;
    }
}
