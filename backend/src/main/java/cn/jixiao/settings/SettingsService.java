package cn.jixiao.settings;

import cn.jixiao.org.Org;
import cn.jixiao.org.OrgMapper;
import cn.jixiao.org.OrgScopeService;
import cn.jixiao.validation.ValidationSettings;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rule thresholds per prefecture: the engine's defaults, overridden by system-wide rows, overridden
 * by the prefecture's own rows. Read on every validation, so a change applies to the next one.
 */
@Service
public class SettingsService {

    private final SettingMapper settings;
    private final OrgMapper orgs;
    private final OrgScopeService scopes;

    public SettingsService(SettingMapper settings, OrgMapper orgs, OrgScopeService scopes) {
        this.settings = settings;
        this.orgs = orgs;
        this.scopes = scopes;
    }

    public ValidationSettings forUnit(long unitId) {
        Org prefecture = scopes.prefectureOf(orgs.findById(unitId));
        return forPrefecture(prefecture == null ? null : prefecture.id());
    }

    public ValidationSettings forPrefecture(Long prefectureId) {
        Map<String, String> overrides = new LinkedHashMap<>();
        settings.findEffective(prefectureId).forEach(row -> overrides.put(row.settingKey(), row.settingValue()));
        return ValidationSettings.defaults().withOverrides(overrides);
    }

    /** Sets one value for a prefecture (or system-wide with null); the caller audits it. */
    @Transactional
    public void set(Long prefectureId, String key, String value, String username) {
        ValidationSettings.defaults().withOverrides(Map.of(key, value)); // rejects unknown keys and bad values
        if (settings.update(prefectureId, key, value, username) == 0) {
            settings.insert(prefectureId, key, value, username);
        }
    }
}
