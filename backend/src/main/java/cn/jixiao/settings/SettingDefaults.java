package cn.jixiao.settings;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Built-in defaults a profile replaces ({@code jixiao.setting-defaults}), below every stored value: the
 * {@code mysql} profile requires a second factor of the administrators and leaders, the embedded default and
 * the {@code demo} profile of nobody, so the demo accounts log in with their password alone.
 */
@ConfigurationProperties("jixiao")
public record SettingDefaults(Map<String, String> settingDefaults) {

    public SettingDefaults {
        settingDefaults = settingDefaults == null ? Map.of() : Map.copyOf(settingDefaults);
    }

    public String of(String key, String builtIn) {
        return settingDefaults.getOrDefault(key, builtIn);
    }
}
