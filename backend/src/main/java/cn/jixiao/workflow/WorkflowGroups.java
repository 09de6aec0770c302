package cn.jixiao.workflow;

import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.security.UserMapper;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Camunda candidate groups derived from the org model: the unit heads of a unit, the reviewers and
 * the leaders of a prefecture. Nothing is kept in Camunda's identity tables.
 */
@Component
public class WorkflowGroups {

    public record ForUnit(String unitHeads, String reviewers, String leaders) {
    }

    private final OrgHierarchy hierarchy;
    private final UserMapper users;

    public WorkflowGroups(OrgHierarchy hierarchy, UserMapper users) {
        this.hierarchy = hierarchy;
        this.users = users;
    }

    public ForUnit forUnit(long unitId) {
        long prefectureId = hierarchy.prefectureIdOf(unitId);
        return new ForUnit(unitHeads(unitId), reviewers(prefectureId), leaders(prefectureId));
    }

    /** The groups a user acts for, from their roles and their org. */
    public List<String> of(CurrentUser user) {
        List<String> groups = new ArrayList<>();
        if (user.hasRole(Role.UNIT_HEAD)) {
            groups.add(unitHeads(user.orgId()));
        }
        if (user.hasRole(Role.PREFECTURE_REVIEWER)) {
            groups.add(reviewers(user.prefectureId()));
        }
        if (user.hasRole(Role.PREFECTURE_LEADER)) {
            groups.add(leaders(user.prefectureId()));
        }
        return groups;
    }

    /** Who is in a group right now, e.g. to remind them. */
    public List<String> members(String group) {
        String[] parts = group.split(":");
        long orgId = Long.parseLong(parts[1]);
        Role role = switch (parts[0]) {
            case "unit-head" -> Role.UNIT_HEAD;
            case "reviewer" -> Role.PREFECTURE_REVIEWER;
            case "leader" -> Role.PREFECTURE_LEADER;
            default -> throw new IllegalArgumentException("unknown group " + group);
        };
        return users.findUsernames(orgId, role);
    }

    static String unitHeads(long unitId) {
        return "unit-head:" + unitId;
    }

    static String reviewers(long prefectureId) {
        return "reviewer:" + prefectureId;
    }

    static String leaders(long prefectureId) {
        return "leader:" + prefectureId;
    }
}
