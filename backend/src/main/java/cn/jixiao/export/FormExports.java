package cn.jixiao.export;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormQuery;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormSnapshotMapper;
import cn.jixiao.form.FormStatus;
import cn.jixiao.document.FormDocument;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.settings.SettingsService;
import cn.jixiao.web.ApiException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The official tables of stored forms, within the caller's scope. A signed form is exported from its
 * frozen snapshot, with who signed it, when, and the snapshot's SHA-256 in the footer.
 */
@Service
public class FormExports {

    /** One bulk export holds at most this many forms (a prefecture's year is a few hundred). */
    static final int MAX_BULK = 2000;

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final FormService forms;
    private final FormMapper formMapper;
    private final FormSnapshotMapper snapshots;
    private final OrgMapper orgs;
    private final SettingsService settings;

    public FormExports(FormService forms, FormMapper formMapper, FormSnapshotMapper snapshots, OrgMapper orgs,
                       SettingsService settings) {
        this.forms = forms;
        this.formMapper = formMapper;
        this.snapshots = snapshots;
        this.orgs = orgs;
        this.settings = settings;
    }

    public record Exported(String fileName, String contentType, byte[] bytes) {
    }

    public Exported one(CurrentUser user, long formId, String format) {
        FormRecord form = forms.visible(user, formId);
        ExportItem item = item(form);
        String name = item.form().type().label() + "-" + form.unitName() + "-" + form.formYear() + "-" + formId;
        return switch (format) {
            case "xlsx" -> new Exported(name + ".xlsx", XLSX,
                    new FormXlsxExporter(settings.forUnit(form.unitId())).export(item.form(), item.meta()));
            case "pdf" -> new Exported(name + ".pdf", "application/pdf",
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

    /** A form as printed: under its org's name, never the 单位名称 text in its document. */
    public ExportItem item(FormRecord form) {
        String unitName = orgs.findById(form.unitId()).name();
        if (form.status() == FormStatus.SIGNED) {
            FormSnapshotMapper.Snapshot snapshot = snapshots.find(form.id());
            FormDocument frozen = forms.stored(snapshot.document()).withUnit(unitName);
            return new ExportItem(frozen, new ExportMeta(String.valueOf(form.id()), form.status().label(), unitName,
                    snapshot.signedBy(), snapshot.signedAt().atZone(ZoneId.systemDefault()).toOffsetDateTime(),
                    snapshot.sha256()));
        }
        return new ExportItem(forms.stored(form.document()).withUnit(unitName),
                new ExportMeta(String.valueOf(form.id()), form.status().label(), unitName, null, null, null));
    }
}
