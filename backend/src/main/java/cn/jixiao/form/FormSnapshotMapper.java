package cn.jixiao.form;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Signed forms' frozen documents: insert and read, never update. */
@Mapper
public interface FormSnapshotMapper {

    record Snapshot(long formId, String document, String sha256, String signedBy, LocalDateTime signedAt) {
    }

    void insert(Snapshot snapshot);

    Snapshot find(@Param("formId") long formId);

    /** The attachments frozen with the snapshot (JSON list of id, name, sha256, size). */
    void setAttachments(@Param("formId") long formId, @Param("attachments") String attachments);

    String attachments(@Param("formId") long formId);
}
