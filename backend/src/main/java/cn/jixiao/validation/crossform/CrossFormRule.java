package cn.jixiao.validation.crossform;

import cn.jixiao.validation.Finding;

import java.util.List;

/** A rule that compares the candidate form with stored forms. Implementations are stateless. */
public interface CrossFormRule {

    void check(CrossFormContext ctx, List<Finding> out);
}
