package cn.jixiao.document;

/** 填报人 and 联系电话. */
public record Filler(String name, String phone) {
}
