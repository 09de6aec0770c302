package cn.jixiao.workflow.inbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormStatus;
import cn.jixiao.support.MapperTest;
import cn.jixiao.support.RowLocks;
import cn.jixiao.support.StoredForms;
import java.time.LocalDateTime;
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

/**
 * The inbox projection's SQL on the real database: 待办 and 已办 paged on the inbox alone and then joined with
 * their forms, within the scope; and the open task's row lock, which lets one of two completions through.
 */
@MapperTest
class InboxMapperTest {

    static final String ME = "mapper_reviewer";
    static final String MY_GROUP = "reviewer:mapper";
    /** created_at is a TIMESTAMP: on MariaDB it ends in 2038, whatever the form's year. */
    static final LocalDateTime T0 = LocalDateTime.of(2030, 9, 1, 9, 0);

    @Autowired
    InboxMapper inbox;
    @Autowired
    FormMapper forms;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    StoredForms stored;
    StoredForms.Unit unit;
    String prefecture;
    final List<Long> committed = new ArrayList<>();

    @BeforeEach
    void setUp() {
        stored = new StoredForms(forms, jdbc);
        unit = stored.unit("653101-01");
        prefecture = stored.unit("653100").path();
    }

    @AfterEach
    void removeCommittedRows() {
        committed.forEach(stored::delete);
    }

    InboxTask task(String id, long formId, String assignee, String group, String orgPath, int minutes) {
        InboxTask t = new InboxTask(id, formId, "prefectureReview", "地区审核", assignee, group, orgPath, "MONITORING",
                StoredForms.YEAR, 9, "ENTERPRISE_PENSION", unit.name(), "项目 " + id, T0.plusMinutes(minutes),
                null, null, null, null, null, null);
        inbox.insert(t);
        return t;
    }

    static InboxQuery todo(String type, int page, int size) {
        return new InboxQuery(ME, List.of(MY_GROUP, "other:group"), "/650000/653100/", type, StoredForms.YEAR, null,
                page, size);
    }

    @Test
    void todoPagesNewestFirstOnTheInboxAndJoinsThePageWithItsForms() {
        long review = stored.insert(unit, "审核中", FormStatus.PREFECTURE_REVIEW);
        long draft = stored.insert(unit, "草稿", FormStatus.DRAFT);
        task("t1", review, null, MY_GROUP, unit.path(), 1);           // offered to my group
        task("t2", draft, ME, null, unit.path(), 2);                   // mine
        task("t3", review, "someone_else", MY_GROUP, unit.path(), 3);  // claimed by another: not mine
        task("t4", review, null, "unit-head:mapper", unit.path(), 4);  // another group's
        task("t5", draft, null, MY_GROUP, unit.path(), 5);             // offered to my group
        task("t6", review, ME, null, "/650000/652800/", 6);            // mine, but outside my scope

        assertThat(inbox.todo(todo(null, 0, 2))).extracting(InboxTask::taskId).containsExactly("t5", "t2");
        assertThat(inbox.todo(todo(null, 1, 2))).extracting(InboxTask::taskId).containsExactly("t1");
        assertThat(inbox.todo(todo(null, 2, 2))).isEmpty();
        assertThat(inbox.countTodo(todo(null, 0, 2))).isEqualTo(3);
        assertThat(inbox.countTodo(todo("TARGET", 0, 2))).isZero();

        // the form's own columns come from the join, the task's from the projection
        List<InboxTask> page = inbox.todo(todo("MONITORING", 0, 20));
        assertThat(page).extracting(InboxTask::status).containsExactly("DRAFT", "DRAFT", "PREFECTURE_REVIEW");
        assertThat(page).extracting(InboxTask::overdue).containsOnly(false);
        assertThat(page.get(2).createdAt()).isEqualTo(T0.plusMinutes(1));
    }

    @Test
    void doneListsWhatIFinishedNewestFirst() {
        long form = stored.insert(unit, "已办", FormStatus.UNIT_REVIEW);
        task("d1", form, ME, null, unit.path(), 1);
        inbox.copyToDone("d1", ME);
        inbox.deleteOpen("d1");
        task("d2", form, null, MY_GROUP, unit.path(), 2);
        inbox.copyToDone("d2", "someone_else");
        inbox.deleteOpen("d2");

        List<InboxTask> done = inbox.done(todo(null, 0, 20));
        assertThat(done).extracting(InboxTask::taskId).containsExactly("d1");
        assertThat(done.get(0).completedBy()).isEqualTo(ME);
        assertThat(done.get(0).completedAt()).isNotNull();
        assertThat(done.get(0).status()).isEqualTo("UNIT_REVIEW");
        assertThat(inbox.countDone(todo(null, 0, 20))).isEqualTo(1);
        assertThat(inbox.find("d1")).isNull();
        assertThat(inbox.findDone("d1").taskKey()).isEqualTo("prefectureReview");
    }

    @Test
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void theOpenTasksRowLockLetsOneCompletionThroughAndTheOtherFindsNothing() {
        long form = stored.insert(unit, "并发", FormStatus.PREFECTURE_REVIEW);
        committed.add(form);
        task("lock1", form, null, MY_GROUP, unit.path(), 1);
        RowLocks locks = new RowLocks(transactions, jdbc);

        new TransactionTemplate(transactions).executeWithoutResult(first -> {
            assertThat(inbox.lockOpen("lock1")).isEqualTo("lock1");
            inbox.copyToDone("lock1", ME);
            inbox.deleteOpen("lock1");
            // the second completion waits for the row while the first holds it
            locks.besideWithShortLockWait(() -> assertThatThrownBy(() -> inbox.lockOpen("lock1"))
                    .isInstanceOf(PessimisticLockingFailureException.class));
        });
        // after the first committed, the second finds the task no longer open
        locks.besideWithShortLockWait(() -> assertThat(inbox.lockOpen("lock1")).isNull());
        assertThat(inbox.findDone("lock1").completedBy()).isEqualTo(ME);
    }
}
