package cn.jixiao.form;

import java.util.Optional;

/** The open task of a form, for its view. The workflow owns tasks and implements this. */
public interface OpenTasks {

    Optional<FormView.TaskRef> of(long formId);
}
