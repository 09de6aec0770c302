package cn.jixiao.form;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.form.FormVersionMapper.VersionInfo;
import cn.jixiao.document.DocumentJson;
import cn.jixiao.document.DocumentLimits;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import cn.jixiao.document.FormType;
import cn.jixiao.document.Indicator;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.validation.Computed;
import cn.jixiao.validation.IndicatorComputed;
import cn.jixiao.validation.ValidationResult;
import cn.jixiao.web.ApiException;
import cn.jixiao.web.Page;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Forms: create, edit (optimistic versions), read and list within the caller's scope. */
@Service("forms") // not "formService": that name is Camunda's FormService bean
public class FormService {

    private static final Set<FormStatus> EDITABLE = Set.of(FormStatus.DRAFT, FormStatus.RETURNED);

    private final FormDocumentReader reader = new FormDocumentReader();
    private final FormMapper forms;
    private final FormVersionMapper versions;
    private final FormIndicatorMapper indicators;
    private final FormHistoryMapper history;
    private final FormSnapshotMapper snapshots;
    private final FormCopyMapper copies;
    private final OpenTasks openTasks;
    private final OrgMapper orgs;
    private final FormChecks checks;
    private final SettingsService settings;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final FilingCampaigns campaigns;

    public FormService(FormMapper forms, FormVersionMapper versions, FormIndicatorMapper indicators,
                       FormHistoryMapper history, FormSnapshotMapper snapshots, FormCopyMapper copies, OpenTasks openTasks, OrgMapper orgs,
                       FormChecks checks, SettingsService settings,
                       ApplicationEventPublisher events, AuditLog audit, FilingCampaigns campaigns) {
        this.campaigns = campaigns;
        this.forms = forms;
        this.versions = versions;
        this.indicators = indicators;
        this.history = history;
        this.snapshots = snapshots;
        this.copies = copies;
        this.openTasks = openTasks;
        this.orgs = orgs;
        this.checks = checks;
        this.settings = settings;
        this.events = events;
        this.audit = audit;
    }

    /** A document sent to the API (validate, create, save), already read strictly: within its limits, else a 400 naming the field. */
    public FormDocument checked(FormDocument sent) {
        DocumentLimits.check(sent);
        return sent;
    }

    /** Reads a stored document; one stored before the text caps stays readable. */
    public FormDocument stored(String json) {
        return reader.read(json);
    }

    public String toJson(FormDocument document) {
        return DocumentJson.toJson(document);
    }

    @Transactional
    public FormView create(CurrentUser user, FormDocument sent) {
        return create(user, sent, null);
    }

    /** A new draft; {@code campaignItemId}: the campaign item it is started from, if any (else it is matched). */
    @Transactional
    public FormView create(CurrentUser user, FormDocument sent, Long campaignItemId) {
        if (!user.hasRole(Role.FILER)) {
            throw ApiException.forbidden("只有填报人可以新建表单");
        }
        requirePlacement(checked(sent));
        FormDocument document = filedUnder(user.orgId(), sent);
        ValidationResult result = checks.checkStored(null, user.orgId(), document);
        FormRecord draft = toRecord(null, user.orgId(), user.username(), FormStatus.DRAFT, 1, document, result,
                settings.deadlinesForUnit(user.orgId())
                        .dueDate(document.type().name(), document.year(), document.monitorMonth()));
        GeneratedId id = new GeneratedId();
        forms.insert(draft, id);
        long formId = id.getValue();
        versions.insert(formId, 1, toJson(document), user.username());
        writeIndicators(formId, document, result);
        // before the process starts: its reminder and overdue timers are armed from the form's due date
        campaigns.link(formId, user.orgId(), document, campaignItemId).ifPresent(due -> forms.updateDueDate(formId, due));
        history.insert(new HistoryEntry(null, formId, null, user.username(), user.displayName(), FormAction.CREATE.name(), null, 1,
                null, null, null, null));
        events.publishEvent(new FormCreated(formId));
        audit.record(user.username(), AuditAction.FORM_CREATE, formId, document.type().label() + "《" + document.project() + "》");
        FormRecord created = forms.findById(formId);
        checks.remember(created, document, result);
        return viewOf(created, document, result);
    }

    /** An explicit save: the document becomes a new version kept in the form's history. */
    @Transactional
    public FormView update(CurrentUser user, long formId, Integer expectedVersion, FormDocument sent) {
        return update(user, formId, expectedVersion, sent, false);
    }

    /**
     * Saves the document. The version number always moves on (it is the optimistic lock), but an autosave only
     * overwrites the working copy: the versions a person can compare are the explicit saves and the documents as
     * they stood at each workflow step (kept then by {@link FormVersionMapper#keepCurrent}), not one per 10 seconds.
     */
    @Transactional
    public FormView update(CurrentUser user, long formId, Integer expectedVersion, FormDocument sent, boolean autosave) {
        if (expectedVersion == null) {
            throw ApiException.badRequest("缺少字段 version");
        }
        if (sent == null) {
            throw ApiException.badRequest("缺少字段 form");
        }
        FormRecord current = visible(user, formId);
        if (!current.filer().equals(user.username())) {
            throw ApiException.forbidden("只有该表的填报人可以修改");
        }
        current = forms.lockById(formId);
        if (!EDITABLE.contains(current.status())) {
            throw ApiException.conflict("表单当前状态为“" + current.status().label() + "”，不能修改");
        }
        if (current.version() != expectedVersion) {
            throw ApiException.conflict("表单已被修改（当前版本 " + current.version() + "，提交的版本 " + expectedVersion
                    + "），请刷新后再改");
        }
        requirePlacement(checked(sent));
        if (!sent.type().name().equals(current.formType())) {
            throw ApiException.badRequest("字段 type 不能修改：本表为" + FormType.valueOf(current.formType()).label());
        }
        FormDocument document = filedUnder(current.unitId(), sent);
        ValidationResult result = checks.checkStored(formId, current.unitId(), document);
        int next = current.version() + 1;
        FormRecord updated = toRecord(formId, current.unitId(), current.filer(), current.status(), next, document,
                result, current.dueDate());
        if (forms.updateDocument(updated, expectedVersion) == 0) {
            throw ApiException.conflict("表单已被他人修改，请刷新后再改");
        }
        if (!autosave) {
            versions.insert(formId, next, toJson(document), user.username());
        }
        writeIndicators(formId, document, result);
        audit.record(user.username(), AuditAction.FORM_SAVE, formId, (autosave ? "自动保存，版本 " : "保存，版本 ") + next);
        FormRecord saved = forms.findById(formId);
        checks.remember(saved, document, result);
        return viewOf(saved, document, result);
    }

    public FormView view(CurrentUser user, long formId) {
        FormRecord form = visible(user, formId);
        FormDocument document = stored(form.document()).withUnit(form.unitName());
        return viewOf(form, document, checks.current(form, document));
    }

    /** The answer for a form with its findings (validated in this request, or kept from an earlier one). */
    private FormView viewOf(FormRecord form, FormDocument document, ValidationResult result) {
        FormSnapshotMapper.Snapshot snapshot = form.status() == FormStatus.SIGNED ? snapshots.find(form.id()) : null;
        return new FormView(form.id(), form.version(), form.status(), form.status().label(), form.unitName(),
                form.filer(), form.dueDate(), form.overdue(), form.createdAt(), form.signedAt(), form.signedBy(),
                snapshot == null ? null : snapshot.sha256(), document, result.findings(), result.computed(),
                openTasks.of(form.id()).orElse(null));
    }

    public Page<FormSummary> list(CurrentUser user, FormQuery query) {
        Page.check(query.page(), query.size());
        String scope = user.scope().pathPrefix();
        return new Page<>(forms.search(query, scope).stream().map(FormSummary::of).toList(),
                forms.count(query, scope), query.page(), query.size());
    }

    /** An org forms are filed under. */
    public record UnitRef(long id, String name) {
    }

    /** The units in the caller's scope (a unit: itself; a prefecture: its units), in the org tree's order. */
    public List<UnitRef> units(CurrentUser user) {
        return orgs.findInScope(user.scope().pathPrefix()).stream().filter(o -> o.level() == OrgLevel.UNIT)
                .map(o -> new UnitRef(o.id(), o.name())).toList();
    }

    /** GET /api/forms?cc=me: the forms copied to the caller. */
    public Page<FormSummary> copiedTo(CurrentUser user, int page, int size) {
        Page.check(page, size);
        return new Page<>(copies.copiedTo(user.username(), size, Page.offset(page, size)).stream()
                .map(FormSummary::of).toList(), copies.countCopiedTo(user.username()), page, size);
    }

    public List<HistoryEntry> history(CurrentUser user, long formId) {
        visible(user, formId);
        return history.findByForm(formId);
    }

    public List<VersionInfo> versions(CurrentUser user, long formId) {
        visible(user, formId);
        return versions.list(formId);
    }

    public FormDocument version(CurrentUser user, long formId, int version) {
        FormRecord form = visible(user, formId);
        String json = versions.findDocument(formId, version);
        if (json == null) {
            throw ApiException.notFound("表单没有第 " + version + " 版");
        }
        return stored(json).withUnit(form.unitName());
    }

    /** The form if the caller may see it (in scope, or copied to them); 404 otherwise, never revealing that it exists. */
    public FormRecord visible(CurrentUser user, long formId) {
        FormRecord form = forms.findVisible(formId, user.scope().pathPrefix());
        if (form == null && copies.copied(formId, user.username())) {
            form = forms.findById(formId);
        }
        if (form == null) {
            throw ApiException.notFound("表单 " + formId + " 不存在");
        }
        return form;
    }

    private static void requirePlacement(FormDocument d) {
        if (d.year() == null) {
            throw ApiException.badRequest("字段 year（年度）必须填写");
        }
        if (d.fund() == null) {
            throw ApiException.badRequest("字段 fund（险种）必须填写");
        }
        if (d.type() == FormType.MONITORING && (d.monitorMonth() == null || d.monitorMonth() < 1 || d.monitorMonth() > 12)) {
            throw ApiException.badRequest("字段 monitorMonth（监控时点）必须为 1–12 的月份");
        }
        if (d.year() < 2000 || d.year() > 2100) {
            throw ApiException.badRequest("字段 year（年度）无效：" + d.year());
        }
    }

    /**
     * The document as it is kept: its unit is the org the form is filed under, whatever the 单位名称 text says
     * (a filer once labelled a form with another prefecture's unit). Stored forms are shown under their org's
     * name too ({@link #view}, {@link #version}, the exports), so a rename of the org shows everywhere.
     */
    private FormDocument filedUnder(long unitId, FormDocument document) {
        return document.withUnit(orgs.findById(unitId).name());
    }

    private FormRecord toRecord(Long id, long unitId, String filer, FormStatus status, int version, FormDocument d,
                                ValidationResult result, LocalDate due) {
        Computed c = result.computed();
        String unitName = d.unit(); // the org's (filedUnder)
        return new FormRecord(id, d.type().name(), d.year(), d.type() == FormType.MONITORING ? d.monitorMonth() : null,
                d.fund().name(), d.project() == null ? "" : d.project(), unitName, unitId, status, version, toJson(d),
                d.budget() == null || d.budget().planned() == null ? null : d.budget().planned().total(),
                d.budget() == null || d.budget().executed() == null ? null : d.budget().executed().total(),
                c.overallCompletionRate(), c.score(), c.grade(),
                FormChecks.errors(result.findings()).size(), FormChecks.warnings(result.findings()).size(),
                filer, null, due, false, null, null, null, null);
    }

    private void writeIndicators(long formId, FormDocument d, ValidationResult result) {
        indicators.deleteByForm(formId);
        if (d.indicators() == null || d.indicators().isEmpty()) {
            return;
        }
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < d.indicators().size(); i++) {
            Indicator ind = d.indicators().get(i);
            List<IndicatorComputed> computed = result.computed().indicators();
            BigDecimal achievement = i < computed.size() ? computed.get(i).achievement() : null;
            rows.add(new IndicatorRow(formId, i, ind.level1(), ind.level2(), ind.name(), ind.target(), ind.actual(),
                    ind.completionRate(), achievement));
        }
        indicators.insertAll(rows);
    }
}
