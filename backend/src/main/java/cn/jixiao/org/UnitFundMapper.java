package cn.jixiao.org;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The unit ↔ fund register: which funds each unit files (fund codes as in the exchange format). */
@Mapper
public interface UnitFundMapper {

    /** One row per registered unit and fund, for the units whose path starts with the prefix; tree order. */
    record UnitFund(long unitId, String unit, String path, boolean active, String fund) {
    }

    /** Every unit under the prefix with its funds (a unit without any appears once with a null fund). */
    List<UnitFund> findUnder(@Param("pathPrefix") String pathPrefix);

    /** Row-locks the unit's org row: two changes of one unit's funds run one after the other. */
    Long lockUnit(@Param("unitId") long unitId);

    void deleteFor(@Param("unitId") long unitId);

    void insertAll(@Param("unitId") long unitId, @Param("funds") List<String> funds,
                   @Param("updatedBy") String updatedBy);
}
