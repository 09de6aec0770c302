package cn.jixiao.campaign;

import cn.jixiao.document.Budget;
import cn.jixiao.document.Filler;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Fund;
import cn.jixiao.document.Goal;
import cn.jixiao.document.Indicator;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormSnapshotMapper;
import cn.jixiao.form.FormStatus;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The draft a campaign item starts with, from what jixiao already knows, so a filer types only this period's
 * numbers: a 监控表 or 自评表 from the signed 目标表 of the same unit, fund and year (project, indicators with their
 * levels and targets, planned budget, goal); a 目标表 from last year's signed one (its amounts left for this year's);
 * otherwise a skeleton with the unit, fund and period.
 */
@Component
class DraftPrefill {

    /** The draft and the signed form it was filled from (null for a skeleton). */
    record Draft(FormDocument document, Long from) {
    }

    private final FormMapper forms;
    private final FormSnapshotMapper snapshots;
    private final FormService formService;

    DraftPrefill(FormMapper forms, FormSnapshotMapper snapshots, FormService formService) {
        this.forms = forms;
        this.snapshots = snapshots;
        this.formService = formService;
    }

    Draft draft(long unitId, String unitName, Fund fund, FormType type, int year, Integer monitorMonth,
                String filerName) {
        int targetYear = type == FormType.TARGET ? year - 1 : year;
        Filler filler = new Filler(filerName, null);
        return signedTarget(unitId, fund, targetYear)
                .map(t -> new Draft(from(formService.stored(snapshots.find(t.id()).document()), type, year,
                        monitorMonth, unitName, filler), t.id()))
                .orElseGet(() -> new Draft(new FormDocument(FormDocument.SCHEMA, type, year, monitorMonth, unitName,
                        null, fund, "万元", null, null, null, null, null, filler), null));
    }

    private Optional<FormRecord> signedTarget(long unitId, Fund fund, int year) {
        return forms.findTargets(unitId, fund.name(), year).stream()
                .filter(f -> f.status() == FormStatus.SIGNED)
                .max(Comparator.comparing(FormRecord::signedAt));
    }

    private static FormDocument from(FormDocument target, FormType type, int year, Integer monitorMonth,
                                     String unitName, Filler filler) {
        List<Indicator> indicators = target.indicators() == null ? null : target.indicators().stream()
                .map(i -> new Indicator(i.level1(), i.level2(), i.name(), i.target(), null, null, null, null, null,
                        type == FormType.EVALUATION ? i.weight() : null, null))
                .toList();
        Budget planned = type == FormType.TARGET || target.budget() == null ? null
                : new Budget(target.budget().planned(), null, null, null);
        Goal goal = target.goal() == null ? null : new Goal(target.goal().expected(), null, null);
        return new FormDocument(FormDocument.SCHEMA, type, year, type == FormType.MONITORING ? monitorMonth : null,
                unitName, target.project(), target.fund(), target.amountUnit(), planned, goal, indicators, null,
                null, filler);
    }
}
