package cn.jixiao.results;

import cn.jixiao.form.GeneratedId;
import java.math.BigDecimal;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface ResultsMapper {

    /** A signed form as the results list shows it. */
    record SignedForm(long formId, String formType, long unitId, String unitName, String fund, String project,
                      Integer monitorMonth, String grade, BigDecimal score, BigDecimal completion) {
    }

    /** How many of a form's rectifications are in one status. */
    record RectificationCount(long formId, String status, int count) {
    }

    void insert(@Param("a") Application application, @Param("id") GeneratedId id);

    Application find(@Param("id") long id);

    List<Application> byForm(@Param("formId") long formId);

    List<SignedForm> signedForms(@Param("scopePath") String scopePath, @Param("year") int year,
                                 @Param("type") String type);

    List<Application> byForms(@Param("formIds") List<Long> formIds);

    List<RectificationCount> rectifications(@Param("formIds") List<Long> formIds);
}
