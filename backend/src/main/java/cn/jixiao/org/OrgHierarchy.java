package cn.jixiao.org;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Where an org sits in 自治区 › 地区/州 › 县/市 › 单位: the one answer to "which prefecture does this org belong to". */
@Service
public class OrgHierarchy {

    private final OrgMapper orgs;
    /** Asked on nearly every request (a unit's name and path, its settings, due dates, who reviews), changed by an admin. */
    private final MasterDataCache<Long, Org> byId;
    private final MasterDataCache<Long, Org> prefectures;

    public OrgHierarchy(OrgMapper orgs, MasterDataVersion version) {
        this.orgs = orgs;
        this.byId = new MasterDataCache<>(version);
        this.prefectures = new MasterDataCache<>(version);
    }

    /** The org with this id (null if there is none), as it stands. */
    public Org org(long id) {
        return byId.get(id, orgs::findById);
    }

    /**
     * The prefecture an org belongs to (itself for a prefecture): its reviewers and leaders act on the org's
     * forms, and its settings and calendar apply. Above prefecture level (the region itself) that is the org
     * itself, which has no settings rows of its own, so the system defaults apply there.
     */
    public Org prefectureOf(Org org) {
        if (org.level() == OrgLevel.PREFECTURE) {
            return org;
        }
        return orgs.findAncestorsOf(ancestorPaths(org.path())).stream()
                .filter(o -> o.level() == OrgLevel.PREFECTURE)
                .findFirst()
                .orElse(org);
    }

    public long prefectureIdOf(long orgId) {
        return prefectures.get(orgId, id -> prefectureOf(org(id))).id();
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
