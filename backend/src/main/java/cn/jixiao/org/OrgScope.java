package cn.jixiao.org;

import java.io.Serial;
import java.io.Serializable;

/**
 * What one user may see: every org whose path starts with {@code pathPrefix}. Queries filter with
 * {@code org.path LIKE CONCAT(#{scope.pathPrefix}, '%')} so scoping happens in SQL, on an index.
 */
public record OrgScope(String pathPrefix) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    public static final OrgScope EVERYTHING = new OrgScope("/");

    /** For an account whose org is missing or deactivated: no path starts like this. */
    public static final OrgScope NOTHING = new OrgScope("/nothing/");

    public boolean covers(Org org) {
        return org.path().startsWith(pathPrefix);
    }

    public boolean covers(String orgPath) {
        return orgPath.startsWith(pathPrefix);
    }
}
