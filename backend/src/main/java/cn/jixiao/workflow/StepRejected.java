package cn.jixiao.workflow;

import cn.jixiao.document.DomainException;
import cn.jixiao.validation.Finding;
import java.util.List;

/**
 * A step's own rule refused it inside the engine (errors stand, warnings lack a note, the target is not signed):
 * the delegate throws this, the transaction rolls back whole, and the person is told why (422 with the findings).
 */
public class StepRejected extends DomainException {

    private static final long serialVersionUID = 1L;

    StepRejected(String code, String message, List<Finding> findings) {
        super(Kind.UNPROCESSABLE, code, message, findings);
    }
}
