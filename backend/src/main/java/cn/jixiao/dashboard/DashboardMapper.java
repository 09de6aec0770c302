package cn.jixiao.dashboard;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DashboardMapper {

    List<DashboardRow> rows(@Param("scopePath") String scopePath, @Param("year") int year,
                            @Param("type") String type, @Param("monitorMonth") Integer monitorMonth);
}
