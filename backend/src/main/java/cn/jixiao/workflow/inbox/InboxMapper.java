package cn.jixiao.workflow.inbox;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InboxMapper {

    void insert(InboxTask task);

    void updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

    /** The due date shown on a form's open tasks. */
    void updateDueDate(@Param("formId") long formId, @Param("dueDate") LocalDate dueDate);

    void updateCandidateGroup(@Param("taskId") String taskId, @Param("group") String group);

    /**
     * Locks the open task's row until the transaction ends; null when it is no longer open. The
     * lock makes concurrent completions of one task wait here, and all but the first find nothing.
     */
    String lockOpen(@Param("taskId") String taskId);

    /** Moves an open task to the finished ones, done by {@code username} (null: ended by the engine). */
    void copyToDone(@Param("taskId") String taskId, @Param("username") String username);

    void deleteOpen(@Param("taskId") String taskId);

    /** An open task, or null. */
    InboxTask find(@Param("taskId") String taskId);

    /** A finished task, or null. */
    InboxTask findDone(@Param("taskId") String taskId);

    /** The open task of a form's own process, if any (never one of its rectifications). */
    InboxTask findOpenByForm(@Param("formId") long formId);

    /** The open task of a rectification, if any. */
    InboxTask findOpenByRectification(@Param("rectificationId") long rectificationId);

    List<InboxTask> todo(@Param("q") InboxQuery query);

    long countTodo(@Param("q") InboxQuery query);

    List<InboxTask> done(@Param("q") InboxQuery query);

    long countDone(@Param("q") InboxQuery query);
}
