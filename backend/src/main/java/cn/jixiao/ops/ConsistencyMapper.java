package cn.jixiao.ops;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/**
 * The consistency check's reads: each compares jixiao's tables with the engine's (ACT_RU_*, same
 * database) in one set-based statement, so each sees one committed state even while people work.
 * Every statement returns at most {@code limit} rows.
 */
@Mapper
public interface ConsistencyMapper {

    record FormRow(long formId, String status, String project) {
    }

    /** A top-level instance of a form process; formId and formStatus are null when its form row is missing. */
    record InstanceRow(String processInstanceId, String processKey, String businessKey, Long formId,
                       String formStatus) {
    }

    record TaskRow(String taskId, String taskKey, String taskName, String processInstanceId, String businessKey,
                   Long formId) {
    }

    record StatusRow(long formId, String status, String taskId, String taskKey, String taskName) {
    }

    /** A group of forms with the same key: how many, the lowest and the highest id. */
    record DuplicateRow(String formType, int formYear, Integer monitorMonth, String project, long forms,
                        long firstFormId, long lastFormId) {
    }

    /** Forms whose status says they are in process but no instance of a form process has their id as business key. */
    record RectificationRow(long rectificationId, long formId, String status, String processInstanceId) {
    }

    record AttachmentRow(long attachmentId, long formId, String name, int chunkCount, int chunksFound) {
    }

    /** Rectifications not yet accepted whose process instance is not running. */
    List<RectificationRow> rectificationsWithoutProcess(@Param("limit") int limit);

    /** Running instances of {@code processKey} that no rectification still open names. */
    List<InstanceRow> rectificationProcessesWithoutRectification(@Param("processKey") String processKey,
                                                                 @Param("limit") int limit);

    /** Attachments whose stored chunks are not as many as they say. */
    List<AttachmentRow> attachmentsWithMissingContent(@Param("limit") int limit);

    /** Attachments of signed forms (not a rectification's evidence) stored after the signature froze them. */
    List<AttachmentRow> attachmentsAddedAfterSigning(@Param("limit") int limit);

    List<FormRow> formsWithoutProcess(@Param("statuses") Collection<String> inProcess,
                                      @Param("processKeys") Collection<String> processKeys, @Param("limit") int limit);

    /** Instances of the form processes whose form is missing or has a status outside {@code inProcess}. */
    List<InstanceRow> processesWithoutLiveForm(@Param("statuses") Collection<String> inProcess,
                                               @Param("processKeys") Collection<String> processKeys,
                                               @Param("limit") int limit);

    /** Every instance of the form processes whose business key has more than one of them. */
    List<InstanceRow> processesSharingAForm(@Param("processKeys") Collection<String> processKeys,
                                            @Param("limit") int limit);

    /** Open inbox rows whose engine task does not exist. */
    List<TaskRow> inboxRowsWithoutTask(@Param("limit") int limit);

    /** Engine tasks without an open inbox row (every task gets one: InboxProjection listens to all of them). */
    List<TaskRow> tasksWithoutInboxRow(@Param("limit") int limit);

    /** Forms whose status is not the one their open task implies ({@code statusByTaskKey}). */
    List<StatusRow> statusesNotMatchingTheTask(@Param("statusByTaskKey") Map<String, String> statusByTaskKey,
                                               @Param("limit") int limit);

    /**
     * Forms with the same unit, type, year, month and project (spaces ignored) among {@code statuses}:
     * the DUPLICATE_FORM rule should have stopped all but one at submission.
     */
    List<DuplicateRow> duplicateForms(@Param("statuses") Collection<String> submitted, @Param("limit") int limit);
}
