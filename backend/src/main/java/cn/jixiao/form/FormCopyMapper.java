package cn.jixiao.form;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** 抄送: people a form was copied to read it although it lies outside their scope (form_cc). */
@Mapper
public interface FormCopyMapper {

    /** Copies the form to {@code username}; 0 when it was copied to them already. */
    int insert(@Param("formId") long formId, @Param("username") String username, @Param("ccBy") String ccBy);

    boolean copied(@Param("formId") long formId, @Param("username") String username);

    /** The forms copied to {@code username}, newest copy first. */
    List<FormRecord> copiedTo(@Param("username") String username, @Param("size") int size, @Param("offset") long offset);

    long countCopiedTo(@Param("username") String username);
}
