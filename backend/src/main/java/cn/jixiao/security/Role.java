package cn.jixiao.security;

public enum Role {
    FILER("填报人"),
    UNIT_HEAD("单位负责人"),
    PREFECTURE_REVIEWER("地区审核"),
    PREFECTURE_LEADER("地区领导"),
    ADMIN("系统管理员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
