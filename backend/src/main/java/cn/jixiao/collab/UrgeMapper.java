package cn.jixiao.collab;

import java.time.LocalDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface UrgeMapper {

    /** When the task was last chased, or null. */
    LocalDateTime lastUrge(@Param("taskId") String taskId);

    void insert(@Param("taskId") String taskId, @Param("formId") long formId, @Param("urgedBy") String urgedBy,
                @Param("urgedAt") LocalDateTime urgedAt);
}
