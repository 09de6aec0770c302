package cn.jixiao.admin;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditChain;
import cn.jixiao.org.Org;
import cn.jixiao.org.UnitFundRegister;
import cn.jixiao.security.CurrentUser;
import cn.jixiao.web.ApiException;
import cn.jixiao.web.Page;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * /api/admin: org tree, users, settings, working-day calendar, audit log; which administrator answers which
 * endpoint is in SecurityConfig (AdminEndpoints).
 */
@RestController
@RequestMapping("/api/admin")
public class AdminController {

    static final int EXPORT_MAX_ROWS = 100_000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final OrgAdminService orgs;
    private final UserAdminService users;
    private final SettingsAdminService settings;
    private final CalendarAdminService calendar;
    private final AdminMapper mapper;
    private final AuditChain chain;
    private final UnitFundAdminService unitFunds;

    public AdminController(OrgAdminService orgs, UserAdminService users, SettingsAdminService settings,
                           CalendarAdminService calendar, AdminMapper mapper, AuditChain chain,
                           UnitFundAdminService unitFunds) {
        this.chain = chain;
        this.unitFunds = unitFunds;
        this.orgs = orgs;
        this.users = users;
        this.settings = settings;
        this.calendar = calendar;
        this.mapper = mapper;
    }

    // --- org tree

    @GetMapping("/orgs")
    public List<OrgAdminService.OrgNode> orgTree() {
        return orgs.tree();
    }

    @PostMapping("/orgs")
    @ResponseStatus(HttpStatus.CREATED)
    public Org createOrg(@AuthenticationPrincipal CurrentUser me,
                         @RequestBody(required = false) OrgAdminService.NewOrg body) {
        return orgs.create(me.username(), body);
    }

    @PutMapping("/orgs/{id}")
    public Org updateOrg(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                         @RequestBody(required = false) OrgAdminService.OrgChange body) {
        return orgs.update(me.username(), id, body);
    }

    // --- unit ↔ fund register

    @GetMapping("/unit-funds")
    public List<UnitFundRegister.UnitFunds> unitFunds(@AuthenticationPrincipal CurrentUser me) {
        return unitFunds.list(me);
    }

    @PutMapping("/unit-funds/{unitId}")
    public UnitFundRegister.UnitFunds putUnitFunds(@AuthenticationPrincipal CurrentUser me, @PathVariable long unitId,
                                                   @RequestBody(required = false) UnitFundAdminService.FundsChange body) {
        return unitFunds.replace(me, unitId, body);
    }

    // --- users

    @GetMapping("/users")
    public List<UserAdminService.UserView> users(@AuthenticationPrincipal CurrentUser me) {
        return users.list(me);
    }

    @PostMapping("/users")
    @ResponseStatus(HttpStatus.CREATED)
    public UserAdminService.UserView createUser(@AuthenticationPrincipal CurrentUser me,
                                                @RequestBody(required = false) UserAdminService.NewUser body) {
        return users.create(me, body);
    }

    @PutMapping("/users/{id}")
    public UserAdminService.UserView updateUser(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                                @RequestBody(required = false) UserAdminService.UserChange body) {
        return users.update(me, id, body);
    }

    @PostMapping("/users/{id}/reset-password")
    public UserAdminService.ResetResult resetPassword(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
                                                      @RequestBody(required = false) UserAdminService.ResetPassword body) {
        return users.resetPassword(me, id, body);
    }

    @PostMapping("/users/{id}/unlock")
    public UserAdminService.UserView unlock(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return users.unlock(me, id);
    }

    @PostMapping("/users/{id}/reset-mfa")
    public UserAdminService.UserView resetMfa(@AuthenticationPrincipal CurrentUser me, @PathVariable long id) {
        return users.resetMfa(me, id);
    }

    // --- settings

    @GetMapping("/settings")
    public SettingsAdminService.SettingsView settings(@AuthenticationPrincipal CurrentUser me,
                                                      @RequestParam(required = false) Long prefectureId) {
        return settings.view(me, prefectureId);
    }

    @PutMapping("/settings")
    public SettingsAdminService.SettingsView changeSettings(@AuthenticationPrincipal CurrentUser me,
                                                            @RequestBody(required = false) SettingsAdminService.SettingsChange body) {
        return settings.change(me, body);
    }

    @GetMapping("/calendar")
    public CalendarAdminService.CalendarView calendar(@RequestParam(required = false) Long prefectureId,
                                                      @RequestParam(required = false) Integer year) {
        return calendar.view(prefectureId, year);
    }

    @PutMapping("/calendar")
    public CalendarAdminService.CalendarView changeCalendar(@AuthenticationPrincipal CurrentUser me,
                                                            @RequestBody(required = false) CalendarAdminService.CalendarChange body) {
        return calendar.change(me.username(), body);
    }

    // --- audit log

    @GetMapping("/audit")
    public Page<AdminMapper.AuditRow> audit(@RequestParam(required = false) String user,
                                            @RequestParam(required = false) Long formId,
                                            @RequestParam(required = false) String action,
                                            @RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to,
                                            @RequestParam(defaultValue = "0") int page,
                                            @RequestParam(defaultValue = "50") int size) {
        Page.check(page, size);
        AdminMapper.AuditFilter filter = filter(user, formId, action, from, to);
        return new Page<>(mapper.findAudit(filter, Page.offset(page, size), size), mapper.countAudit(filter), page, size);
    }

    /** AUDIT_ADMIN: {"intact":true,"rows":n,"pending":k} or {"intact":false,"firstBrokenId":…}. */
    @GetMapping("/audit/verify")
    public AuditChain.Verification verifyAudit() {
        return chain.verify();
    }

    @GetMapping("/audit/export")
    public ResponseEntity<byte[]> exportAudit(@RequestParam(required = false) String user,
                                              @RequestParam(required = false) Long formId,
                                              @RequestParam(required = false) String action,
                                              @RequestParam(required = false) String from,
                                              @RequestParam(required = false) String to) {
        AdminMapper.AuditFilter filter = filter(user, formId, action, from, to);
        StringBuilder csv = new StringBuilder("\uFEFF时间,用户,IP,操作,表单ID,详情\r\n");
        for (AdminMapper.AuditRow r : mapper.findAudit(filter, 0, EXPORT_MAX_ROWS)) {
            csv.append(cell(r.at() == null ? "" : CSV_TIME.format(r.at()))).append(',')
                    .append(cell(r.username())).append(',')
                    .append(cell(r.remoteIp())).append(',')
                    .append(cell(AuditAction.labelOf(r.action()))).append(',')
                    .append(r.formId() == null ? "" : r.formId()).append(',')
                    .append(cell(r.detail())).append("\r\n");
        }
        String name = "审计日志-" + LocalDate.now() + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Quotes a CSV cell; a leading =, +, -, @ is neutralised so Excel does not run it as a formula. */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(value)) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }

    static AdminMapper.AuditFilter filter(String user, Long formId, String action, String from, String to) {
        LocalDateTime start = time("from", from, false);
        LocalDateTime end = time("to", to, true);
        if (start != null && end != null && start.isAfter(end)) {
            throw ApiException.badRequest("参数 from 不能晚于 to");
        }
        return new AdminMapper.AuditFilter(blank(user), formId, blank(action) == null ? null : action.strip().toUpperCase(),
                start, end);
    }

    /** yyyy-MM-dd (for "to": the whole day is included) or yyyy-MM-ddTHH:mm[:ss]. */
    private static LocalDateTime time(String name, String value, boolean end) {
        String v = blank(value);
        if (v == null) {
            return null;
        }
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return end ? day.plusDays(1).atStartOfDay() : day.atStartOfDay();
            }
            return LocalDateTime.parse(v.replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("参数 " + name + " 的值无效：" + value + "（应为 yyyy-MM-dd 或 yyyy-MM-ddTHH:mm:ss）");
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
