package cn.jixiao.org;

/**
 * One node of the organisation tree. {@code path} is the chain of codes from the root
 * ({@code /650000/653100/653101/}), so a subtree is a prefix. {@code department} is a unit's 主管部门 as the
 * tables print it ({@code null} when not entered).
 */
public record Org(Long id, Long parentId, String code, String name, String shortName, OrgLevel level,
                  String path, int sortOrder, boolean active, String department) {

    /** A unit directly under a prefecture is one of the prefecture's own (本级) units. */
    public boolean isOwnLevelUnitOf(Org parent) {
        return level == OrgLevel.UNIT && parent != null && parent.level() == OrgLevel.PREFECTURE
                && parent.id().equals(parentId);
    }

    public boolean contains(Org other) {
        return other.path().startsWith(path);
    }
}
