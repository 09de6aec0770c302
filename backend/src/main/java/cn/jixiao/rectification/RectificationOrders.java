package cn.jixiao.rectification;

import cn.jixiao.document.DocumentLimits;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.StepRequest.RectificationOrder;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Checks a rectification order: requirements written (≤ 2,000 characters), a due date from today on. */
final class RectificationOrders {

    private RectificationOrders() {
    }

    static LocalDate dueOf(RectificationOrder order, LocalDate today) {
        if (order == null || order.requirements() == null || order.requirements().isBlank()) {
            throw ApiException.badRequest("请填写整改要求（字段 rectification.requirements）");
        }
        if (order.requirements().length() > DocumentLimits.TEXT) {
            throw ApiException.badRequest("整改要求（字段 rectification.requirements）不能超过 " + DocumentLimits.TEXT + " 个字符");
        }
        if (order.due() == null || order.due().isBlank()) {
            throw ApiException.badRequest("请填写整改期限（字段 rectification.due）");
        }
        LocalDate due;
        try {
            due = LocalDate.parse(order.due());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("整改期限（字段 rectification.due）应为 YYYY-MM-DD 格式的日期");
        }
        if (due.isBefore(today)) {
            throw ApiException.badRequest("整改期限（字段 rectification.due）不能早于今天");
        }
        return due;
    }
}
