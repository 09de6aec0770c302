package cn.jixiao.inbox;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface InboxMapper {

    void insert(InboxTask task);

    void updateAssignee(@Param("taskId") String taskId, @Param("assignee") String assignee);

    /**
     * Marks the task done by {@code username} unless it is done already; 0 rows means someone else
     * was first. The row lock it takes serialises concurrent completions of one task.
     */
    int claimCompletion(@Param("taskId") String taskId, @Param("username") String username);

    /** A task the engine removed without anyone completing it (e.g. interrupted by a recall). */
    void close(@Param("taskId") String taskId);

    InboxTask find(@Param("taskId") String taskId);

    /** The open task of a form, if any. */
    InboxTask findOpenByForm(@Param("formId") long formId);

    List<InboxTask> todo(@Param("q") InboxQuery query);

    long countTodo(@Param("q") InboxQuery query);

    List<InboxTask> done(@Param("q") InboxQuery query);

    long countDone(@Param("q") InboxQuery query);
}
