package cn.jixiao.settings;

import cn.jixiao.validation.ValidationSettings.Setting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the key/value setting families share: their defaults as a map, overrides laid over it, integers. */
final class SettingValues {

    private SettingValues() {
    }

    static Map<String, String> defaults(List<Setting> settings) {
        Map<String, String> m = new LinkedHashMap<>();
        settings.forEach(s -> m.put(s.key(), s.defaultValue()));
        return m;
    }

    /** {@code current} with the overrides laid over it; blank values keep the current one. */
    static Map<String, String> overlay(Map<String, String> current, Map<String, String> overrides, String family) {
        Map<String, String> m = new LinkedHashMap<>(current);
        overrides.forEach((key, value) -> {
            if (!current.containsKey(key)) {
                throw new IllegalArgumentException("未知的" + family + "设置项：" + key);
            }
            if (value != null && !value.isBlank()) {
                m.put(key, value.strip());
            }
        });
        return m;
    }

    static int integer(Map<String, String> m, String key) {
        String v = m.get(key);
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " 的值“" + v + "”不是整数");
        }
    }
}
