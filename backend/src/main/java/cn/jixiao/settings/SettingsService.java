package cn.jixiao.settings;

import cn.jixiao.org.MasterDataCache;
import cn.jixiao.org.MasterDataVersion;
import cn.jixiao.org.OrgHierarchy;
import cn.jixiao.validation.ValidationSettings;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Settings per prefecture (rule thresholds, due dates, reminders, review routing): the built-in defaults, overridden by
 * system-wide rows, overridden by the prefecture's own rows. Kept per prefecture while the master-data counter
 * stands still, so a change applies to the next validation or the next form created, on another node within a second.
 */
@Service
public class SettingsService {

    private final SettingMapper settings;
    private final OrgHierarchy hierarchy;
    private final SettingDefaults profileDefaults;
    /** Prefecture id (0: system-wide only) → the stored rows that apply, system rows first. */
    private final MasterDataCache<Long, Map<String, String>> stored;

    public SettingsService(SettingMapper settings, OrgHierarchy hierarchy, SettingDefaults profileDefaults,
                           MasterDataVersion version) {
        this.settings = settings;
        this.hierarchy = hierarchy;
        this.profileDefaults = profileDefaults;
        this.stored = new MasterDataCache<>(version);
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
        return stored.get(prefectureId == null ? 0L : prefectureId, key -> {
            Map<String, String> overrides = new LinkedHashMap<>();
            settings.findEffective(prefectureId).forEach(row -> overrides.put(row.settingKey(), row.settingValue()));
            return Collections.unmodifiableMap(overrides);
        });
    }
}
