package cn.jixiao.workflow;

import cn.jixiao.web.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A step lost to the engine's own concurrency, not to another person: a timer job (reminder, overdue,
 * time limit) changed the same process while the step was being completed. Nothing was saved; the step
 * may simply run again ({@link StepRetry}). Answered as 409 only when retrying did not help.
 */
public class EngineContention extends ApiException {

    EngineContention(Throwable cause) {
        super(HttpStatus.CONFLICT, "BUSY", "表单正在被系统处理（如到期提醒），请稍后重试");
        initCause(cause);
    }
}
