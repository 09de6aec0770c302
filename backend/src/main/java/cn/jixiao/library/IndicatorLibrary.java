package cn.jixiao.library;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.document.FormDocument;
import cn.jixiao.document.Indicator;
import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormService;
import cn.jixiao.form.FormSigned;
import cn.jixiao.org.Org;
import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.org.OrgLevel;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.security.Role;
import cn.jixiao.validation.IndicatorLevels;
import cn.jixiao.web.ApiException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A prefecture's 指标库: searched by everyone of the prefecture while filing, curated by its reviewers, and fed by
 * every form signed there (in the signing transaction: a sign that rolls back adds nothing).
 */
@Service
public class IndicatorLibrary {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(IndicatorLibrary.class);

    /** What a signed form writes as {@code updated_by}: no person. */
    static final String SIGNED_FORMS = "system";
    static final int MAX_RESULTS = 20;

    /** POST / PUT body. */
    public record EntryRequest(String name, String level1, String level2, String unit) {
    }

    private final LibraryMapper library;
    private final OrgMapper orgs;
    private final OrgHierarchy hierarchy;
    private final FormMapper forms;
    private final FormService formService;
    private final AuditLog audit;

    public IndicatorLibrary(LibraryMapper library, OrgMapper orgs, OrgHierarchy hierarchy, FormMapper forms,
                            FormService formService, AuditLog audit) {
        this.library = library;
        this.orgs = orgs;
        this.hierarchy = hierarchy;
        this.forms = forms;
        this.formService = formService;
        this.audit = audit;
    }

    public List<LibraryEntry> search(CurrentUser user, String q) {
        String text = q == null || q.isBlank() ? null : q.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return library.search(prefectureOf(user), text, MAX_RESULTS);
    }

    @Transactional
    public LibraryEntry add(CurrentUser user, EntryRequest body) {
        long prefecture = curatorPrefecture(user);
        Checked e = checked(body);
        Long existing = library.findIdByName(prefecture, e.name);
        if (existing != null && library.find(prefecture, existing) != null) {
            throw ApiException.conflict("指标库中已有指标“" + e.name + "”，请直接修改");
        }
        if (existing == null) {
            library.insertIgnore(prefecture, e.name, e.level1, e.level2, e.unit, user.username());
            existing = library.findIdByName(prefecture, e.name);
        } else {
            library.update(prefecture, existing, e.name, e.level1, e.level2, e.unit, user.username());
        }
        audit.record(user.username(), AuditAction.INDICATOR_LIBRARY_CHANGE, null, "新增 " + e.describe());
        return library.find(prefecture, existing);
    }

    @Transactional
    public LibraryEntry change(CurrentUser user, long id, EntryRequest body) {
        long prefecture = curatorPrefecture(user);
        LibraryEntry before = entry(prefecture, id);
        Checked e = checked(body);
        Long sameName = library.findIdByName(prefecture, e.name);
        if (sameName != null && sameName != id) {
            throw ApiException.conflict("名称（name）：指标库中已有指标“" + e.name + "”");
        }
        library.update(prefecture, id, e.name, e.level1, e.level2, e.unit, user.username());
        audit.record(user.username(), AuditAction.INDICATOR_LIBRARY_CHANGE, null,
                "修改 " + before.name() + " → " + e.describe());
        return library.find(prefecture, id);
    }

    @Transactional
    public void remove(CurrentUser user, long id) {
        long prefecture = curatorPrefecture(user);
        LibraryEntry before = entry(prefecture, id);
        if (library.remove(prefecture, id, user.username()) == 0) {
            throw ApiException.conflict("该指标已被他人移除");
        }
        audit.record(user.username(), AuditAction.INDICATOR_LIBRARY_CHANGE, null, "移除 " + before.name());
    }

    /**
     * Every indicator of a form just signed: new names join its prefecture's library, known ones count a use. After
     * the signature's commit, in a transaction of its own: leaders signing forms with the same indicators at once
     * deadlocked on the library's unique key inside the signing transaction and lost their signature (the load
     * program showed it). A seed lost that way is logged; the next signed form with the indicator brings it.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSigned(FormSigned signed) {
        try {
            seed(signed);
        } catch (DataAccessException e) {
            log.warn("指标库：表单 {} 的指标未能收录（{}），下一张签发的表单会再收录", signed.formId(), e.getMostSpecificCause().getMessage());
        }
    }

    private void seed(FormSigned signed) {
        FormRecord form = forms.findById(signed.formId());
        FormDocument doc = formService.stored(form.document());
        if (doc.indicators() == null) {
            return;
        }
        long prefecture = hierarchy.prefectureIdOf(form.unitId());
        Set<String> seen = new LinkedHashSet<>();
        for (Indicator ind : doc.indicators()) {
            String name = ind == null || ind.name() == null ? "" : ind.name().strip();
            IndicatorLevels.Level1 l1 = ind == null ? null : IndicatorLevels.level1(ind.level1());
            String l2 = ind == null ? null : IndicatorLevels.clean(ind.level2());
            if (name.isEmpty() || name.length() > 200 || l1 == null || !l1.level2().contains(l2) || !seen.add(name)) {
                continue; // the library holds only what it can offer back as it is
            }
            library.insertIgnore(prefecture, name, l1.label(), l2, UsualUnit.of(ind.target()), SIGNED_FORMS);
            library.countUse(prefecture, name);
        }
    }

    private LibraryEntry entry(long prefecture, long id) {
        LibraryEntry e = library.find(prefecture, id);
        if (e == null) {
            throw ApiException.notFound("指标库中没有该指标：" + id);
        }
        return e;
    }

    /** The prefecture whose library the user works with; 403 for accounts outside any prefecture. */
    private long prefectureOf(CurrentUser user) {
        Org p = orgs.findById(user.prefectureId());
        if (p == null || p.level() != OrgLevel.PREFECTURE) {
            throw ApiException.forbidden("指标库按地区维护，您的账号不属于任何地区");
        }
        return p.id();
    }

    private long curatorPrefecture(CurrentUser user) {
        if (!user.hasRole(Role.PREFECTURE_REVIEWER)) {
            throw ApiException.forbidden("只有地区审核人员可以维护指标库");
        }
        return prefectureOf(user);
    }

    private record Checked(String name, String level1, String level2, String unit) {
        String describe() {
            return name + "（" + level1 + " / " + level2 + (unit == null ? "" : "，单位 " + unit) + "）";
        }
    }

    private static Checked checked(EntryRequest body) {
        if (body == null) {
            throw ApiException.badRequest("请求内容不能为空");
        }
        String name = body.name() == null ? "" : body.name().strip();
        if (name.isEmpty()) {
            throw ApiException.badRequest("指标名称（name）不能为空");
        }
        if (name.length() > 200) {
            throw ApiException.badRequest("指标名称（name）不能超过 200 个字符");
        }
        IndicatorLevels.Level1 l1 = IndicatorLevels.level1(body.level1());
        if (l1 == null) {
            throw ApiException.badRequest("一级指标（level1）无效：" + body.level1());
        }
        String l2 = IndicatorLevels.clean(body.level2());
        if (!l1.level2().contains(l2)) {
            throw ApiException.badRequest("二级指标（level2）“" + body.level2() + "”不属于" + l1.label());
        }
        String unit = body.unit() == null || body.unit().isBlank() ? null : body.unit().strip();
        if (unit != null && unit.length() > 20) {
            throw ApiException.badRequest("常用单位（unit）不能超过 20 个字符");
        }
        return new Checked(name, l1.label(), l2, unit);
    }
}
