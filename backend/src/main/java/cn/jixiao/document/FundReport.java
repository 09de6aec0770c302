package cn.jixiao.document;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** 基金收支情况 of the evaluation report: 收入/支出累计 with their items, 本年收支结余, 年末滚存结余. */
public record FundReport(
        BigDecimal income,
        Map<String, BigDecimal> incomeItems,
        BigDecimal expense,
        Map<String, BigDecimal> expenseItems,
        BigDecimal balance,
        BigDecimal accumulated) {

    public FundReport {
        incomeItems = incomeItems == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(incomeItems));
        expenseItems = expenseItems == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(expenseItems));
    }
}
