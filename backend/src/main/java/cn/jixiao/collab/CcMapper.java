package cn.jixiao.collab;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CcMapper {

    /** A person a form may be copied to, with the org they work in. */
    record Person(String username, String displayName, String org) {
    }

    /** Active people with a business role in the orgs under {@code pathPrefix} (a prefecture). */
    List<Person> peopleUnder(@Param("pathPrefix") String pathPrefix);
}
