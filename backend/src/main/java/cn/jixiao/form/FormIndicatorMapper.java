package cn.jixiao.form;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FormIndicatorMapper {

    void deleteByForm(@Param("formId") long formId);

    void insertAll(@Param("rows") List<IndicatorRow> rows);

    List<IndicatorRow> findByForm(@Param("formId") long formId);
}
