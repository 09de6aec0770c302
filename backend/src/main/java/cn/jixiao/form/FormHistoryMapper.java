package cn.jixiao.form;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FormHistoryMapper {

    void insert(HistoryEntry entry);

    List<HistoryEntry> findByForm(@Param("formId") long formId);
}
