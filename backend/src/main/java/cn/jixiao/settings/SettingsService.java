package cn.jixiao.settings;

import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.validation.ValidationSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings per prefecture (rule thresholds, due dates, reminders, review routing): the built-in defaults, overridden by
 * system-wide rows, overridden by the prefecture's own rows. Read on every use, so a change applies to
 * the next validation or the next form created.
 */
@Service
public class SettingsService {

    private final SettingMapper settings;
    private final OrgHierarchy hierarchy;
    private final SettingDefaults profileDefaults;

    public SettingsService(SettingMapper settings, OrgHierarchy hierarchy, SettingDefaults profileDefaults) {
        this.settings = settings;
        this.hierarchy = hierarchy;
        this.profileDefaults = profileDefaults;
    }

    /** The security settings: built-in, the profile's defaults, the system-wide rows. */
    public SecuritySettings security() {
        return SecuritySettings.defaults().withOverrides(SettingGroup.SECURITY.part(profileDefaults.settingDefaults()))
                .withOverrides(SettingGroup.SECURITY.part(overrides(null)));
    }

    /** A setting's default as this profile has it. */
    public String defaultOf(String key, String builtIn) {
        return profileDefaults.of(key, builtIn);
    }

    /** The profile's defaults, the first layer under the stored values. */
    public Map<String, String> profileDefaults() {
        return profileDefaults.settingDefaults();
    }

    public ValidationSettings forUnit(long unitId) {
        return forPrefecture(hierarchy.prefectureIdOf(unitId));
    }

    public ValidationSettings forPrefecture(Long prefectureId) {
        return ValidationSettings.defaults().withOverrides(SettingGroup.VALIDATION.part(overrides(prefectureId)));
    }

    public DeadlineSettings deadlinesForUnit(long unitId) {
        return deadlinesForPrefecture(hierarchy.prefectureIdOf(unitId));
    }

    public DeadlineSettings deadlinesForPrefecture(Long prefectureId) {
        return DeadlineSettings.defaults().withOverrides(SettingGroup.DEADLINES.part(overrides(prefectureId)));
    }

    /** Read when the filer resubmits a correction, so a change applies to the next resubmission. */
    public ReviewSettings reviewForUnit(long unitId) {
        return ReviewSettings.defaults().withOverrides(
                SettingGroup.REVIEW.part(overrides(hierarchy.prefectureIdOf(unitId))));
    }

    /** Sets one value for a prefecture (or system-wide with null); the caller checks the whole set and audits it. */
    @Transactional
    public void set(Long prefectureId, String key, String value, String username) {
        if (SettingGroup.of(key) == null) {
            throw new IllegalArgumentException("未知的设置项：" + key);
        }
        if (settings.update(prefectureId, key, value, username) == 0) {
            settings.insert(prefectureId, key, value, username);
        }
    }

    /** System rows, then the prefecture's, so the prefecture's win. */
    private Map<String, String> overrides(Long prefectureId) {
        Map<String, String> overrides = new LinkedHashMap<>();
        settings.findEffective(prefectureId).forEach(row -> overrides.put(row.settingKey(), row.settingValue()));
        return overrides;
    }
}
