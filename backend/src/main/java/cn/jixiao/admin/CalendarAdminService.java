package cn.jixiao.admin;

import cn.jixiao.audit.AuditAction;
import cn.jixiao.audit.AuditLog;
import cn.jixiao.org.Org;
import cn.jixiao.settings.WorkCalendarMapper;
import cn.jixiao.settings.WorkCalendarMapper.CalendarDay;
import cn.jixiao.web.ApiException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working-day calendar (节假日 and 调休) as the administrator keeps it: system-wide rows for the national
 * holidays, a prefecture's own rows for its differences. Review time limits armed after a change use it.
 */
@Service
public class CalendarAdminService {

    public record DayView(LocalDate date, boolean working, String note, boolean system, boolean overridden,
                          String updatedBy, LocalDateTime updatedAt) {
    }

    public record CalendarView(SettingsAdminService.PrefectureRef prefecture, int year, List<DayView> days) {
    }

    /** Marks {@code from}..{@code to} (inclusive, at most {@value #MAX_SPAN_DAYS} days) at one level. */
    public record CalendarChange(Long prefectureId, String from, String to, String kind, String note) {
    }

    static final int MAX_SPAN_DAYS = 62;

    private final WorkCalendarMapper days;
    private final SettingsAdminService settings;
    private final AuditLog audit;

    public CalendarAdminService(WorkCalendarMapper days, SettingsAdminService settings, AuditLog audit) {
        this.days = days;
        this.settings = settings;
        this.audit = audit;
    }

    public CalendarView view(Long prefectureId, Integer year) {
        Org prefecture = settings.prefecture(prefectureId);
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw ApiException.badRequest("年度（year）应在 2000–2100 之间：" + year);
        }
        List<CalendarDay> rows = days.findBetween(prefectureId, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
        Set<LocalDate> ownDates = new HashSet<>();
        rows.stream().filter(d -> d.prefectureId() != null).forEach(d -> ownDates.add(d.calDate()));
        List<DayView> views = new ArrayList<>();
        for (CalendarDay d : rows) {
            boolean system = d.prefectureId() == null;
            views.add(new DayView(d.calDate(), d.working(), d.note(), system,
                    system && ownDates.contains(d.calDate()), d.updatedBy(), d.updatedAt()));
        }
        views.sort((a, b) -> a.date().compareTo(b.date()));
        return new CalendarView(prefecture == null ? null
                : new SettingsAdminService.PrefectureRef(prefecture.id(), prefecture.name()), y, views);
    }

    @Transactional
    public CalendarView change(String adminUser, CalendarChange body) {
        if (body == null) {
            throw ApiException.badRequest("请求内容不能为空");
        }
        Org prefecture = settings.prefecture(body.prefectureId());
        LocalDate from = date("开始日期（from）", body.from());
        LocalDate to = body.to() == null || body.to().isBlank() ? from : date("结束日期（to）", body.to());
        if (to.isBefore(from)) {
            throw ApiException.badRequest("结束日期（to）不能早于开始日期（from）");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_SPAN_DAYS) {
            throw ApiException.badRequest("一次最多设置 " + MAX_SPAN_DAYS + " 天（from 至 to）");
        }
        CalendarKind kind;
        try {
            kind = CalendarKind.valueOf(body.kind() == null ? "" : body.kind().strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("类型（kind）应为 " + String.join("、", Arrays.stream(CalendarKind.values())
                    .map(k -> k.name() + "（" + k.label() + "）").toList()));
        }
        String note = AdminText.optional(body.note(), "说明（note）", 60);
        days.deleteBetween(body.prefectureId(), from, to);
        if (kind != CalendarKind.DEFAULT) {
            for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                days.insert(body.prefectureId(), d, kind == CalendarKind.WORKDAY, note, adminUser);
            }
        }
        audit.record(adminUser, AuditAction.ADMIN_CALENDAR_CHANGE, null, AdminText.clip(
                (prefecture == null ? "系统默认" : prefecture.name()) + " 工作日历 " + from
                        + (to.equals(from) ? "" : " 至 " + to) + "：" + kind.label() + (note == null ? "" : "（" + note + "）")));
        return view(body.prefectureId(), from.getYear());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest(field + "不能为空");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest(field + "的值无效：" + value + "（应为 yyyy-MM-dd）");
        }
    }
}
