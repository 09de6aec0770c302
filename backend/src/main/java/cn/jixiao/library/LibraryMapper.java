package cn.jixiao.library;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface LibraryMapper {

    /** The prefecture's entries whose name contains {@code q} (all when blank), most used first. */
    List<LibraryEntry> search(@Param("prefectureId") long prefectureId, @Param("q") String q, @Param("limit") int limit);

    LibraryEntry find(@Param("prefectureId") long prefectureId, @Param("id") long id);

    /** Also a removed entry: a reviewer adding it again brings it back. */
    Long findIdByName(@Param("prefectureId") long prefectureId, @Param("name") String name);

    /** Adds the entry unless the name is there (removed or not); 0 when it was. */
    int insertIgnore(@Param("prefectureId") long prefectureId, @Param("name") String name,
                     @Param("level1") String level1, @Param("level2") String level2, @Param("unit") String unit,
                     @Param("by") String by);

    /** One more signed form used the name (a removed entry counts too, and stays removed). */
    void countUse(@Param("prefectureId") long prefectureId, @Param("name") String name);

    int update(@Param("prefectureId") long prefectureId, @Param("id") long id, @Param("name") String name,
               @Param("level1") String level1, @Param("level2") String level2, @Param("unit") String unit,
               @Param("by") String by);

    int remove(@Param("prefectureId") long prefectureId, @Param("id") long id, @Param("by") String by);
}
