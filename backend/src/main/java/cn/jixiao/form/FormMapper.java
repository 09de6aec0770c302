package cn.jixiao.form;

import java.time.LocalDate;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FormMapper {

    /** Inserts the form; its new id lands in {@code id.value}. */
    void insert(@Param("form") FormRecord form, @Param("id") GeneratedId id);

    FormRecord findById(@Param("id") long id);

    /** The form when its unit lies inside the scope, else null: callers answer 404 either way. */
    FormRecord findVisible(@Param("id") long id, @Param("scopePath") String scopePath);

    void updateDueDate(@Param("id") long id, @Param("dueDate") LocalDate dueDate);

    /** Forms of the units under an org path whose process is still running. */
    List<FormRecord> findInProcessUnder(@Param("pathPrefix") String pathPrefix);

    /** Row-locks the form for the rest of the transaction, so two editors are serialised. */
    FormRecord lockById(@Param("id") long id);

    /** Writes a new version when {@code expectedVersion} is still current; returns the rows changed (0: stale). */
    int updateDocument(@Param("form") FormRecord form, @Param("expectedVersion") int expectedVersion);

    int updateStatus(@Param("id") long id, @Param("status") FormStatus status);

    void updateFindingCounts(@Param("id") long id, @Param("errorCount") int errorCount,
                             @Param("warningCount") int warningCount);

    void markSigned(@Param("id") long id, @Param("signedBy") String signedBy);

    void markOverdue(@Param("id") long id);

    void setProcessInstance(@Param("id") long id, @Param("processInstanceId") String processInstanceId);

    List<FormRecord> search(@Param("q") FormQuery query, @Param("scopePath") String scopePath);

    long count(@Param("q") FormQuery query, @Param("scopePath") String scopePath);

    /** Forms of a unit, type and year (and month) other than {@code excludeId}: the cross-form rules' input. */
    List<FormRecord> findSiblings(@Param("unitId") long unitId, @Param("formType") String formType,
                                  @Param("formYear") int formYear, @Param("monitorMonth") Integer monitorMonth,
                                  @Param("excludeId") Long excludeId);

    /** Targets of the same unit, fund and year (any status). */
    List<FormRecord> findTargets(@Param("unitId") long unitId, @Param("fund") String fund,
                                 @Param("formYear") int formYear);
}
