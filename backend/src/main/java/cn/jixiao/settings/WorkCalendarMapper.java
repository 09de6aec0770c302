package cn.jixiao.settings;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface WorkCalendarMapper {

    record CalendarDay(Long prefectureId, LocalDate calDate, boolean working, String note, String updatedBy,
                       LocalDateTime updatedAt) {
    }

    /** The system rows and (with a prefecture) the prefecture's rows between two dates, system rows first. */
    List<CalendarDay> findBetween(@Param("prefectureId") Long prefectureId, @Param("from") LocalDate from,
                                  @Param("to") LocalDate to);

    /** Removes the rows of one level (system with null) between two dates. */
    int deleteBetween(@Param("prefectureId") Long prefectureId, @Param("from") LocalDate from,
                      @Param("to") LocalDate to);

    void insert(@Param("prefectureId") Long prefectureId, @Param("day") LocalDate day,
                @Param("working") boolean working, @Param("note") String note, @Param("updatedBy") String updatedBy);
}
