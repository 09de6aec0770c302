package cn.jixiao.ops;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The answer of GET /api/admin/consistency: consistent when no problem was found; every check with
 * how many problems it found; the problems themselves, each with a Chinese description. A check
 * lists at most {@code limit} problems; {@code truncated} says that some check had more.
 */
public record ConsistencyReport(boolean consistent, OffsetDateTime checkedAt, boolean truncated, int limit,
                                List<Check> checks, List<Problem> problems) {

    public record Check(ProblemKind code, String title, long found) {
    }

    /** One problem; formId, processInstanceId and taskId as far as they are known. */
    public record Problem(ProblemKind code, Long formId, String processInstanceId, String taskId, String message) {
    }
}
