package cn.jixiao.org;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.support.H2Test;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@H2Test
class OrgHierarchyTest {

    @Autowired
    OrgHierarchy hierarchy;

    @Autowired
    OrgMapper orgs;

    @Test
    void prefectureOfAUnitIsFoundThroughItsCountyAndTheRegionIsItsOwn() {
        assertThat(hierarchy.prefectureOf(orgs.findByCode("653101-01")).name()).isEqualTo("喀什地区");
        assertThat(hierarchy.prefectureOf(orgs.findByCode("653100-01")).name()).isEqualTo("喀什地区");
        assertThat(hierarchy.prefectureOf(orgs.findByCode("650000")).name()).isEqualTo("新疆维吾尔自治区");
    }

    @Test
    void ownLevelUnitsAreThoseDirectlyUnderThePrefecture() {
        Org prefecture = orgs.findByCode("653100");

        assertThat(orgs.findByCode("653100-01").isOwnLevelUnitOf(prefecture)).isTrue();
        assertThat(orgs.findByCode("653101-01").isOwnLevelUnitOf(prefecture)).isFalse();
    }
}
