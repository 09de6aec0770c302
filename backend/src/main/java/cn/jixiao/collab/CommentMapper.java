package cn.jixiao.collab;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CommentMapper {

    record Thread(long id, long formId, String path, String author, String authorName, LocalDateTime createdAt,
                  String text, String taskKey, int formVersion, String resolvedBy, String resolvedName,
                  LocalDateTime resolvedAt) {
    }

    record Reply(long id, long threadId, String author, String authorName, LocalDateTime createdAt, String text) {
    }

    void insertThread(@Param("formId") long formId, @Param("path") String path, @Param("author") String author,
                      @Param("authorName") String authorName, @Param("text") String text,
                      @Param("taskKey") String taskKey, @Param("formVersion") int formVersion);

    List<Thread> threads(@Param("formId") long formId);

    List<Reply> replies(@Param("formId") long formId);

    /** The thread, row-locked until the transaction ends: a reply and a resolve of one thread take turns. */
    Thread lock(@Param("formId") long formId, @Param("id") long id);

    void insertReply(@Param("threadId") long threadId, @Param("author") String author,
                     @Param("authorName") String authorName, @Param("text") String text);

    void resolve(@Param("id") long id, @Param("by") String by, @Param("name") String name);

    /** Everybody who wrote in the thread, its author first. */
    List<String> participants(@Param("id") long id);
}
