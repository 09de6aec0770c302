package cn.jixiao.org;

/**
 * What one user may see: every org whose path starts with {@code pathPrefix}. Queries filter with
 * {@code org.path LIKE CONCAT(#{scope.pathPrefix}, '%')} so scoping happens in SQL, on an index.
 */
public record OrgScope(String pathPrefix) {

    public static final OrgScope EVERYTHING = new OrgScope("/");

    public boolean covers(Org org) {
        return org.path().startsWith(pathPrefix);
    }

    public boolean covers(String orgPath) {
        return orgPath.startsWith(pathPrefix);
    }
}
