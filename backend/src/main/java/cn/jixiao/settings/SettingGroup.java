package cn.jixiao.settings;

import cn.jixiao.validation.ValidationSettings;
import cn.jixiao.validation.ValidationSettings.Setting;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The families of per-prefecture settings kept as key/value rows in the `setting` table. */
public enum SettingGroup {
    DEADLINES("截止日期与提醒", DeadlineSettings.SETTINGS, false),
    VALIDATION("校验规则", ValidationSettings.SETTINGS, false),
    REVIEW("审核流程", ReviewSettings.SETTINGS, false),
    /** The security administrator's; system-wide only. */
    SECURITY("安全策略", SecuritySettings.SETTINGS, true);

    private final String label;
    private final List<Setting> settings;
    private final boolean security;

    SettingGroup(String label, List<Setting> settings, boolean security) {
        this.label = label;
        this.settings = settings;
        this.security = security;
    }

    /** The security administrator's group (system-wide values only); the others are the system administrator's. */
    public boolean security() {
        return security;
    }

    public String label() {
        return label;
    }

    public List<Setting> settings() {
        return settings;
    }

    public boolean owns(String key) {
        return settings.stream().anyMatch(s -> s.key().equals(key));
    }

    /** The Chinese name of a key (what the settings screen and the audit log show); the key itself if unknown. */
    public static String labelOf(String key) {
        return Arrays.stream(values()).flatMap(g -> g.settings.stream()).filter(s -> s.key().equals(key))
                .map(Setting::label).findFirst().orElse(key);
    }

    /** The group of a key, or null for an unknown key. */
    public static SettingGroup of(String key) {
        return Arrays.stream(values()).filter(g -> g.owns(key)).findFirst().orElse(null);
    }

    /**
     * Every key's effective value when the layers (system rows, then a prefecture's rows) are laid over the
     * defaults, in the order of the groups.
     *
     * @throws IllegalArgumentException when a value is bad or the values do not fit together (Chinese message)
     */
    @SafeVarargs
    public static Map<String, String> resolve(Map<String, String>... layers) {
        ValidationSettings validation = ValidationSettings.defaults();
        DeadlineSettings deadlines = DeadlineSettings.defaults();
        ReviewSettings review = ReviewSettings.defaults();
        SecuritySettings security = SecuritySettings.defaults();
        for (Map<String, String> layer : layers) {
            validation = validation.withOverrides(VALIDATION.part(layer));
            deadlines = deadlines.withOverrides(DEADLINES.part(layer));
            review = review.withOverrides(REVIEW.part(layer));
            security = security.withOverrides(SECURITY.part(layer));
        }
        Map<String, String> all = new LinkedHashMap<>(validation.toMap());
        all.putAll(deadlines.toMap());
        all.putAll(review.toMap());
        all.putAll(security.toMap());
        return all;
    }

    /** The entries of {@code values} that belong to this group. */
    Map<String, String> part(Map<String, String> values) {
        Map<String, String> mine = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (owns(k)) {
                mine.put(k, v);
            }
        });
        return mine;
    }
}
