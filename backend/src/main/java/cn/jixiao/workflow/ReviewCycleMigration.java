package cn.jixiao.workflow;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Moves running review cycles of earlier model versions onto the newest one when the application starts, so a form
 * returned under the previous release can be returned to the unit head and corrected via 单位审核 like any other
 * (processes/README.md, "Instances of the previous release"). Same activity ids, no event-trigger update: the open
 * task keeps its id (and inbox row), a timer its due date. What an instance lacks takes the model's defaults.
 * A version whose plan does not validate is left as it is and logged; {@link ReturnRoutes} then guards its returns.
 */
@Component
public class ReviewCycleMigration {

    static final String KEY = "review-cycle";
    private static final Logger log = LoggerFactory.getLogger(ReviewCycleMigration.class);

    private final RepositoryService repository;
    private final RuntimeService runtime;

    public ReviewCycleMigration(RepositoryService repository, RuntimeService runtime) {
        this.repository = repository;
        this.runtime = runtime;
    }

    /** The engine deployed the models while it was built, before the application is ready. */
    @EventListener
    public void deployed(ApplicationReadyEvent event) {
        migrateToNewest();
    }

    /** Returns how many instances were moved. */
    public long migrateToNewest() {
        ProcessDefinition newest = repository.createProcessDefinitionQuery().processDefinitionKey(KEY)
                .latestVersion().singleResult();
        if (newest == null) {
            return 0;
        }
        long moved = 0;
        for (ProcessDefinition older : repository.createProcessDefinitionQuery().processDefinitionKey(KEY).list()) {
            long running = runtime.createProcessInstanceQuery().processDefinitionId(older.getId()).count();
            if (older.getId().equals(newest.getId()) || running == 0) {
                continue;
            }
            try {
                MigrationPlan plan = runtime.createMigrationPlan(older.getId(), newest.getId()).mapEqualActivities().build();
                runtime.newMigration(plan)
                        .processInstanceQuery(runtime.createProcessInstanceQuery().processDefinitionId(older.getId()))
                        .execute();
                moved += running;
                log.info("审核流程：{} 个运行中的实例已由版本 {} 迁移到版本 {}", running, older.getVersion(), newest.getVersion());
            } catch (RuntimeException e) {
                // another node migrating at the same moment, or a plan that does not fit: the instances stay as they are
                log.warn("审核流程版本 {} 的 {} 个实例未迁移到版本 {}：{}", older.getVersion(), running, newest.getVersion(),
                        e.getMessage());
            }
        }
        return moved;
    }
}
