package cn.jixiao.org;

import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Answers "which orgs may this user see": ADMIN everything; prefecture reviewers and leaders their
 * prefecture's whole subtree (counties, their units and the 本级 units); filers and unit heads their
 * own unit. Every scoped query takes the {@link OrgScope} from here.
 */
@Service
public class OrgScopeService {

    private final OrgMapper orgs;

    public OrgScopeService(OrgMapper orgs) {
        this.orgs = orgs;
    }

    public OrgScope scopeOf(CurrentUser user) {
        if (user.hasRole(Role.ADMIN)) {
            return OrgScope.EVERYTHING;
        }
        Org own = orgs.findById(user.orgId());
        if (own == null || !own.active()) {
            return new OrgScope("/nothing/");
        }
        if (user.hasRole(Role.PREFECTURE_REVIEWER) || user.hasRole(Role.PREFECTURE_LEADER)) {
            Org prefecture = prefectureOf(own);
            return new OrgScope((prefecture != null ? prefecture : own).path());
        }
        return new OrgScope(own.path());
    }

    public List<Org> visibleOrgs(CurrentUser user) {
        return orgs.findInScope(scopeOf(user).pathPrefix());
    }

    /** The prefecture an org belongs to (itself for a prefecture), or null above prefecture level. */
    public Org prefectureOf(Org org) {
        if (org.level() == OrgLevel.PREFECTURE) {
            return org;
        }
        return orgs.findAncestorsOf(ancestorPaths(org.path())).stream()
                .filter(o -> o.level() == OrgLevel.PREFECTURE)
                .findFirst()
                .orElse(null);
    }

    static List<String> ancestorPaths(String path) {
        String[] codes = path.substring(1).split("/");
        StringBuilder prefix = new StringBuilder("/");
        List<String> paths = new ArrayList<>();
        for (String code : codes) {
            prefix.append(code).append('/');
            paths.add(prefix.toString());
        }
        return paths;
    }
}
