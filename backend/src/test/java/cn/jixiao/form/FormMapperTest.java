package cn.jixiao.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.support.MapperTest;
import cn.jixiao.support.RowLocks;
import cn.jixiao.support.StoredForms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The form table's SQL on the real database: the scoped, paged list and the row lock that serialises editors. */
@MapperTest
class FormMapperTest {

    @Autowired
    FormMapper forms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    StoredForms stored;
    StoredForms.Unit kashgarCity;
    final List<Long> committed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        stored = new StoredForms(forms, jdbc);
        kashgarCity = stored.unit("653101-01");
    }

    @AfterEach
    void removeCommittedRows() {
        committed.forEach(stored::delete);
    }

    static FormQuery page(int page, int size) {
        return new FormQuery(null, StoredForms.YEAR, null, null, null, page, size);
    }

    @Test
    void searchPagesNewestFirstWithinTheScopeAndCountsTheSame() {
        long a = stored.insert(kashgarCity, "甲", FormStatus.DRAFT);
        long b = stored.insert(kashgarCity, "乙", FormStatus.UNIT_REVIEW);
        long c = stored.insert(kashgarCity, "丙", FormStatus.DRAFT);
        String prefecture = stored.unit("653100").path(); // 喀什地区, above 喀什市 and its unit

        // same updated_at within one transaction: the id decides, newest first
        assertThat(forms.search(page(0, 2), prefecture)).extracting(FormRecord::id).containsExactly(c, b);
        assertThat(forms.search(page(1, 2), prefecture)).extracting(FormRecord::id).containsExactly(a);
        assertThat(forms.search(page(2, 2), prefecture)).isEmpty();
        assertThat(forms.count(page(0, 2), prefecture)).isEqualTo(3);

        FormQuery drafts = new FormQuery("MONITORING", StoredForms.YEAR, "ENTERPRISE_PENSION", FormStatus.DRAFT, 9, 0, 20);
        assertThat(forms.search(drafts, kashgarCity.path())).extracting(FormRecord::id).containsExactly(c, a);
        assertThat(forms.count(drafts, kashgarCity.path())).isEqualTo(2);

        String otherPrefecture = stored.unit("652800").path(); // 巴音郭楞州
        assertThat(forms.search(page(0, 20), otherPrefecture)).isEmpty();
        assertThat(forms.findVisible(a, otherPrefecture)).isNull();
        assertThat(forms.findVisible(a, prefecture).project()).isEqualTo("甲");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void lockByIdHoldsTheRowUntilTheTransactionEnds() {
        long id = stored.insert(kashgarCity, "锁", FormStatus.DRAFT);
        committed.add(id);
        RowLocks locks = new RowLocks(transactions, jdbc);

        new TransactionTemplate(transactions).executeWithoutResult(first -> {
            assertThat(forms.lockById(id).project()).isEqualTo("锁");
            // a second editor waits for the row and, here, gives up: it is held
            locks.besideWithShortLockWait(() -> assertThatThrownBy(() -> forms.lockById(id))
                    .isInstanceOf(PessimisticLockingFailureException.class));
            // reading without the lock is not held up
            locks.besideWithShortLockWait(() -> assertThat(forms.findById(id).version()).isEqualTo(1));
        });
        // once the first transaction has ended, the second gets the row
        locks.besideWithShortLockWait(() -> assertThat(forms.lockById(id).id()).isEqualTo(id));
    }
}
