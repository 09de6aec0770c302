package cn.jixiao.org;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface OrgMapper {

    Org findById(@Param("id") long id);

    Org findByCode(@Param("code") String code);

    /** The orgs whose path starts with the prefix: the scope's whole subtree, in tree order. */
    List<Org> findInScope(@Param("pathPrefix") String pathPrefix);

    /** The orgs on the way from the root down to (and including) the org with this path. */
    List<Org> findAncestorsOf(@Param("paths") List<String> paths);
}
