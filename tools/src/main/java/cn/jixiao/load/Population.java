package cn.jixiao.load;

import java.util.List;

/** Who takes part: the prefectures with their reviewers and leaders, the county units with their filer and head. */
record Population(List<Prefecture> prefectures, List<Unit> units) {

    record Prefecture(long orgId, String name, List<String> reviewers, List<String> leaders) {
    }

    /** A county's 社会保险管理局: the unit that files; {@code prefecture} indexes {@link #prefectures()}. */
    record Unit(long orgId, String name, int prefecture, String filer, String head) {
    }

    Prefecture prefectureOf(Unit unit) {
        return prefectures.get(unit.prefecture());
    }
}
