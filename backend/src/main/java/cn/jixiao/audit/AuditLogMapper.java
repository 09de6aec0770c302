package cn.jixiao.audit;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface AuditLogMapper {

    void insert(@Param("username") String username, @Param("remoteIp") String remoteIp,
                @Param("action") String action, @Param("formId") Long formId, @Param("detail") String detail);
}
