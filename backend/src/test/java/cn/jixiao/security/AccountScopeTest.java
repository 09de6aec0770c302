package cn.jixiao.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.org.OrgScope;
import cn.jixiao.support.H2Test;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Which orgs a logged-in user may see, as {@link AccountReader} resolves it for every request. */
@H2Test
class AccountScopeTest {

    @Autowired
    AppUserDetailsService users;

    @Autowired
    OrgMapper orgs;

    private List<String> visibleNames(String username) {
        CurrentUser user = users.loadUserByUsername(username);
        return orgs.findInScope(user.scope().pathPrefix()).stream().map(Org::name).toList();
    }

    @Test
    void aFilerSeesOnlyHerOwnUnit() {
        assertThat(visibleNames("ks_filer")).containsExactly("喀什市社会保险中心");
        assertThat(visibleNames("hj_head")).containsExactly("和静县社会保险管理局");
    }

    @Test
    void aPrefectureReviewerSeesTheWholePrefectureIncludingItsOwnLevelUnits() {
        List<String> names = visibleNames("ks_reviewer");

        assertThat(names).contains("喀什地区", "喀什市", "喀什市社会保险中心", "喀什市医疗保障局",
                "疏附县社会保险管理局", "喀什地区社会保险管理局(本级)", "喀什地区医疗保障局(本级)", "喀什地区人力资源和社会保障局");
        assertThat(names).doesNotContain("巴音郭楞蒙古自治州", "和静县", "和静县社会保险管理局", "新疆维吾尔自治区");
    }

    @Test
    void anotherPrefecturesLeaderSeesNothingOfKashgar() {
        List<String> names = visibleNames("bz_leader");

        assertThat(names).contains("巴音郭楞蒙古自治州", "和静县社会保险管理局");
        assertThat(names).noneMatch(n -> n.contains("喀什"));
    }

    @Test
    void adminSeesEverything() {
        assertThat(visibleNames("admin")).contains("新疆维吾尔自治区", "喀什市社会保险中心", "和静县社会保险管理局")
                .hasSize(orgs.findInScope("/").size());
    }

    @Test
    void scopeCoversExactlyTheSubtree() {
        OrgScope kashgar = users.loadUserByUsername("ks_reviewer").scope();

        assertThat(kashgar.covers(orgs.findByCode("653101-01"))).isTrue();
        assertThat(kashgar.covers(orgs.findByCode("652827-01"))).isFalse();
        assertThat(kashgar.covers(orgs.findByCode("650000"))).isFalse();
    }

    @Test
    void aReviewerActsForTheirPrefecture() {
        assertThat(users.loadUserByUsername("ks_reviewer").prefectureId()).isEqualTo(orgs.findByCode("653100").id());
        assertThat(users.loadUserByUsername("ks_filer").prefectureId()).isEqualTo(orgs.findByCode("653100").id());
    }
}
