package cn.jixiao.rectification;

import cn.jixiao.form.GeneratedId;
import cn.jixiao.form.HistoryEntry;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface RectificationMapper {

    void insert(@Param("r") RectificationRecord rectification, @Param("id") GeneratedId id);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    RectificationRecord find(@Param("id") long id);

    /** Locks the row until the transaction ends: report edits and steps of one rectification one after another. */
    RectificationRecord lock(@Param("id") long id);

    List<RectificationRecord> byForm(@Param("formId") long formId);

    void updateReport(@Param("id") long id, @Param("report") String report);

    void updateStatus(@Param("id") long id, @Param("status") RectificationStatus status);

    void markAccepted(@Param("id") long id);

    void markOverdue(@Param("id") long id);

    /** A step in the form's history (form_history), naming the rectification. */
    void insertHistory(@Param("e") HistoryEntry entry, @Param("rectificationId") long rectificationId);

    List<HistoryEntry> history(@Param("rectificationId") long rectificationId);

    /** The rectification of the form whose 整改填报 task is open, or null. */
    Long openRectifyTask(@Param("formId") long formId);
}
