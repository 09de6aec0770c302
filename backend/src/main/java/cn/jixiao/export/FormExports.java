package cn.jixiao.export;

import cn.jixiao.form.FormAction;
import cn.jixiao.form.FormHistoryMapper;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormQuery;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormSnapshotMapper;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.HistoryEntry;
import cn.jixiao.document.FormDocument;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.web.ApiException;
import cn.jixiao.workflow.TaskKey;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The official tables of stored forms, within the caller's scope. A signed form is exported from its
 * frozen snapshot, with who signed it, when, and the snapshot's SHA-256 in the footer. The signature block names
 * the people who approved it (their display names, from the form's history) with the dates.
 */
@Service
public class FormExports {

    /** One bulk export holds at most this many forms (a prefecture's year is a few hundred). */
    static final int MAX_BULK = 2000;

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FormService forms;
    private final FormMapper formMapper;
    private final FormSnapshotMapper snapshots;
    private final FormHistoryMapper history;
    private final OrgMapper orgs;
    private final SettingsService settings;
    private final ObjectMapper json;

    public FormExports(FormService forms, FormMapper formMapper, FormSnapshotMapper snapshots,
                       FormHistoryMapper history, OrgMapper orgs, SettingsService settings, ObjectMapper json) {
        this.forms = forms;
        this.formMapper = formMapper;
        this.snapshots = snapshots;
        this.history = history;
        this.orgs = orgs;
        this.settings = settings;
        this.json = json;
    }

    public record Exported(String fileName, String contentType, byte[] bytes) {
    }

    public Exported one(CurrentUser user, long formId, String format) {
        FormRecord form = forms.visible(user, formId);
        ExportItem item = item(form);
        return switch (format) {
            case "xlsx" -> new Exported(ExportFileName.of(item.meta().unitOrgName(), item.form(), "xlsx"), XLSX,
                    new FormXlsxExporter(settings.forUnit(form.unitId())).export(item.form(), item.meta()));
            case "pdf" -> new Exported(ExportFileName.of(item.meta().unitOrgName(), item.form(), "pdf"),
                    "application/pdf",
                    new FormPdfExporter(settings.forUnit(form.unitId())).export(item.form(), item.meta()));
            default -> throw ApiException.badRequest("参数 format 只能为 xlsx 或 pdf");
        };
    }

    public Exported many(CurrentUser user, FormQuery filters, String format) {
        List<ExportItem> items = new ArrayList<>();
        String scope = user.scope().pathPrefix();
        if (formMapper.count(filters, scope) > MAX_BULK) {
            throw ApiException.badRequest("一次最多导出 " + MAX_BULK + " 张表，请缩小筛选范围");
        }
        for (int page = 0; ; page++) {
            List<FormRecord> batch = formMapper.search(new FormQuery(filters.type(), filters.year(), filters.fund(),
                    filters.status(), filters.monitorMonth(), page, 200), scope);
            batch.forEach(f -> items.add(item(f)));
            if (batch.size() < 200) {
                break;
            }
        }
        if (items.isEmpty()) {
            throw ApiException.notFound("没有符合条件的表单");
        }
        return switch (format) {
            case "xlsx" -> new Exported("绩效表汇总-" + items.size() + "张.xlsx", XLSX,
                    new FormXlsxExporter(settings.forPrefecture(user.prefectureId())).exportBulk(items));
            case "zip", "pdf" -> new Exported("绩效表-" + items.size() + "张.zip", "application/zip",
                    new FormPdfExporter(settings.forPrefecture(user.prefectureId())).exportZip(items));
            default -> throw ApiException.badRequest("参数 format 只能为 xlsx 或 zip");
        };
    }

    /** The attachments listed beside the signed snapshot (none for forms signed before there were any). */
    private List<ExportMeta.FrozenAttachment> frozenAttachments(long formId) {
        String listed = snapshots.attachments(formId);
        if (listed == null) {
            return List.of();
        }
        try {
            return List.of(json.readValue(listed, ExportMeta.FrozenAttachment[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable attachment list of snapshot " + formId, e);
        }
    }

    /** A form as printed: under its org's name and 主管部门, never the 单位名称 text in its document. */
    public ExportItem item(FormRecord form) {
        Org unit = orgs.findById(form.unitId());
        List<HistoryEntry> steps = history.findByForm(form.id());
        ExportMeta.Approval unitHead = lastApproval(steps, FormAction.APPROVE, TaskKey.UNIT_REVIEW);
        ExportMeta.Approval reviewer = lastApproval(steps, FormAction.APPROVE, TaskKey.PREFECTURE_REVIEW);
        if (form.status() == FormStatus.SIGNED) {
            FormSnapshotMapper.Snapshot snapshot = snapshots.find(form.id());
            FormDocument frozen = forms.stored(snapshot.document()).withUnit(unit.name());
            ExportMeta.Approval signer = lastApproval(steps, FormAction.SIGN, TaskKey.SIGN_OFF);
            return new ExportItem(frozen, new ExportMeta(String.valueOf(form.id()), form.status().label(), unit.name(),
                    signer == null ? snapshot.signedBy() : signer.name(), at(snapshot.signedAt()),
                    snapshot.sha256(), frozenAttachments(form.id()), unit.department(), unitHead, reviewer));
        }
        return new ExportItem(forms.stored(form.document()).withUnit(unit.name()),
                new ExportMeta(String.valueOf(form.id()), form.status().label(), unit.name(), null, null, null,
                        List.of(), unit.department(), unitHead, reviewer));
    }

    /** The latest {@code action} at step {@code task} (a form returned and approved again: the last approval). */
    private static ExportMeta.Approval lastApproval(List<HistoryEntry> steps, FormAction action, TaskKey task) {
        ExportMeta.Approval last = null;
        for (HistoryEntry e : steps) {
            if (action.name().equals(e.action()) && task.key().equals(e.taskKey())) {
                last = new ExportMeta.Approval(e.actorName() == null ? e.actor() : e.actorName(), at(e.at()));
            }
        }
        return last;
    }

    private static OffsetDateTime at(LocalDateTime stored) {
        return stored == null ? null : stored.atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }
}
