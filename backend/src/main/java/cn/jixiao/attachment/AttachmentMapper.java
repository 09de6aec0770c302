package cn.jixiao.attachment;

import cn.jixiao.form.GeneratedId;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AttachmentMapper {

    /** Inserts the description with chunk_count 0; {@link #complete} sets the rest once the content is in. */
    void insert(@Param("a") Attachment attachment, @Param("id") GeneratedId id);

    void insertChunk(@Param("attachmentId") long attachmentId, @Param("seq") int seq, @Param("data") byte[] data);

    void complete(@Param("id") long id, @Param("size") long size, @Param("sha256") String sha256,
                  @Param("chunks") int chunks);

    /** One chunk of the content (a record: MyBatis would read a byte[] result as many rows). */
    record Chunk(byte[] data) {
    }

    Chunk chunk(@Param("attachmentId") long attachmentId, @Param("seq") int seq);

    Attachment find(@Param("id") long id);

    List<Attachment> byForm(@Param("formId") long formId);

    List<Attachment> byRectification(@Param("rectificationId") long rectificationId);

    int countByForm(@Param("formId") long formId);

    void deleteChunks(@Param("id") long id);

    void delete(@Param("id") long id);
}
