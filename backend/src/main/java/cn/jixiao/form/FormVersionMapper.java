package cn.jixiao.form;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface FormVersionMapper {

    record VersionInfo(int version, String savedBy, LocalDateTime savedAt) {
    }

    void insert(@Param("formId") long formId, @Param("version") int version, @Param("document") String document,
                @Param("savedBy") String savedBy);

    /** Keeps the form's current document as its version, unless that version is kept already (it was saved explicitly). */
    void keepCurrent(@Param("formId") long formId, @Param("savedBy") String savedBy);

    List<VersionInfo> list(@Param("formId") long formId);

    String findDocument(@Param("formId") long formId, @Param("version") int version);
}
