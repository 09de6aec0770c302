package cn.jixiao.settings;

import cn.jixiao.validation.ValidationSettings.Setting;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the review cycle routes a corrected form, per prefecture like the other settings.
 *
 * @param correctionViaUnitHead {@code correction.viaUnitHead}: a form the reviewer or the leader returned to the filer
 *                              passes 单位审核 again (the unit re-seals it) before it goes back to them
 */
public record ReviewSettings(boolean correctionViaUnitHead) {

    public static final String VIA_UNIT_HEAD = "correction.viaUnitHead";

    public static final List<Setting> SETTINGS = List.of(
            new Setting(VIA_UNIT_HEAD, "修改后先经单位审核", "true", "退回填报人修改后重新提交时，是否先经单位审核（单位重新审核盖章）再送回退回人："
                    + "true 是，false 否（直接送回退回的地区审核人员或领导）"));

    private static final ReviewSettings DEFAULTS = fromMap(SettingValues.defaults(SETTINGS));

    public static ReviewSettings defaults() {
        return DEFAULTS;
    }

    /**
     * A copy with the given keys replaced; blank values keep the current one.
     *
     * @throws IllegalArgumentException on an unknown key or a bad value, with a Chinese message
     */
    public ReviewSettings withOverrides(Map<String, String> overrides) {
        return fromMap(SettingValues.overlay(toMap(), overrides, "审核流程"));
    }

    public Map<String, String> toMap() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(VIA_UNIT_HEAD, String.valueOf(correctionViaUnitHead));
        return m;
    }

    private static ReviewSettings fromMap(Map<String, String> m) {
        String v = m.get(VIA_UNIT_HEAD).strip();
        if (!v.equals("true") && !v.equals("false")) {
            throw new IllegalArgumentException(VIA_UNIT_HEAD + " 应为 true 或 false，而不是“" + v + "”");
        }
        return new ReviewSettings(Boolean.parseBoolean(v));
    }
}
