package cn.jixiao.settings;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface SettingMapper {

    record SettingRow(Long prefectureId, String settingKey, String settingValue) {
    }

    /** System defaults (prefecture NULL) first, then the prefecture's own rows, which win. */
    List<SettingRow> findEffective(@Param("prefectureId") Long prefectureId);

    int update(@Param("prefectureId") Long prefectureId, @Param("key") String key, @Param("value") String value,
               @Param("updatedBy") String updatedBy);

    void insert(@Param("prefectureId") Long prefectureId, @Param("key") String key, @Param("value") String value,
                @Param("updatedBy") String updatedBy);
}
