package cn.jixiao.results;

import java.math.BigDecimal;
import java.util.List;

/**
 * One line of GET /api/results: a signed form of a unit × fund, its grade and score (自评) or completion
 * (监控/目标), how its result was applied, and the state of its rectifications.
 */
public record ResultRow(long formId, String formType, long unitId, String unit, String fund, String fundLabel,
                        String project, Integer monitorMonth, String grade, BigDecimal score, BigDecimal completion,
                        List<Application> measures, String rectificationStatus, String rectificationLabel,
                        int rectifications) {
}
