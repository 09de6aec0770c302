package cn.jixiao.workflow.inbox;

import cn.jixiao.web.Page;
import java.util.List;

/** One page of 待办 or 已办 for one user: their name, their groups and the org scope they may see. */
public record InboxQuery(String username, List<String> groups, String scopePath, String type, Integer year,
                         String fund, int page, int size) {

    public long offset() {
        return Page.offset(page, size);
    }
}
