package cn.jixiao.form;

import java.time.LocalDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The stored findings of a form (V35) and the state of the forms its cross-form rules read. */
@Mapper
public interface FormFindingsMapper {

    record Stored(int formVersion, String inputs, String result) {
    }

    /** A form the cross-form rules compare with, as far as a change of it matters: any change moves one of these. */
    record Related(long id, int version, String status, LocalDateTime updatedAt) {
    }

    Stored find(@Param("formId") long formId);

    int update(@Param("formId") long formId, @Param("formVersion") int formVersion, @Param("inputs") String inputs,
               @Param("result") String result);

    void insert(@Param("formId") long formId, @Param("formVersion") int formVersion, @Param("inputs") String inputs,
                @Param("result") String result);

    /**
     * The forms {@link FormMapper#findSiblings} and (with {@code withTargets}) {@link FormMapper#findTargets} return
     * for this form, without their documents, in id order.
     */
    List<Related> findRelated(@Param("formId") long formId, @Param("unitId") long unitId,
                              @Param("formType") String formType, @Param("formYear") int formYear,
                              @Param("monitorMonth") Integer monitorMonth, @Param("fund") String fund,
                              @Param("withTargets") boolean withTargets);
}
