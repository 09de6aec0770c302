package cn.jixiao.support;

import cn.jixiao.form.FormMapper;
import cn.jixiao.form.FormRecord;
import cn.jixiao.form.FormStatus;
import cn.jixiao.form.GeneratedId;
import java.time.LocalDate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Form rows for the mapper tests, filed under a demo unit, in a year no other test uses. */
public final class StoredForms {

    /** Far enough from the demo data and the API tests' years that no other row matches. */
    public static final int YEAR = 2087;

    public record Unit(long id, String name, String path) {
    }

    private final FormMapper forms;
    private final JdbcTemplate jdbc;

    public StoredForms(FormMapper forms, JdbcTemplate jdbc) {
        this.forms = forms;
        this.jdbc = jdbc;
    }

    /** A demo org by its code, e.g. 653101-01 (喀什市医保局, under 喀什地区). */
    public Unit unit(String code) {
        return jdbc.queryForObject("SELECT id, name, path FROM org WHERE code = ?",
                (rs, i) -> new Unit(rs.getLong("id"), rs.getString("name"), rs.getString("path")), code);
    }

    public long insert(Unit unit, String project, FormStatus status) {
        GeneratedId id = new GeneratedId();
        forms.insert(new FormRecord(null, "MONITORING", YEAR, 9, "ENTERPRISE_PENSION", project, unit.name(), unit.id(),
                status, 1, "{}", null, null, null, null, null, 0, 0, "mapper_filer", null,
                LocalDate.of(YEAR, 10, 15), false, null, null, null, null), id);
        return id.getValue();
    }

    /** Removes what a test committed (forms, their inbox rows). */
    public void delete(long formId) {
        jdbc.update("DELETE FROM inbox_task WHERE form_id = ?", formId);
        jdbc.update("DELETE FROM inbox_task_done WHERE form_id = ?", formId);
        jdbc.update("DELETE FROM form WHERE id = ?", formId);
    }
}
