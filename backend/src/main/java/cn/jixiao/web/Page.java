package cn.jixiao.web;

import java.util.List;

/** A page of a list: {"items","total","page","size"}; page ≥ 0, size 1–200. */
public record Page<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 200;

    /** The first row of the page; a long, as the last pages of int × int lie beyond an int. */
    public static long offset(int page, int size) {
        return (long) page * size;
    }

    public static void check(int page, int size) {
        if (page < 0) {
            throw ApiException.badRequest("参数 page 不能小于 0");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApiException.badRequest("参数 size 应在 1 到 " + MAX_SIZE + " 之间");
        }
    }
}
