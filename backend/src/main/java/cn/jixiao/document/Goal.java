package cn.jixiao.document;

import java.math.BigDecimal;

/** 年度预期目标 / 实际完成情况 / 总体完成率 (the latter MONITORING only, a percentage). */
public record Goal(String expected, String actual, BigDecimal completionRate) {
}
