package cn.jixiao.validation;

/**
 * One result of a rule. Serialises to {@code {"code","severity","path","message"}}.
 *
 * @param code     the stable rule code ({@link RuleCode#name()})
 * @param severity ERROR or WARNING
 * @param path     JSON path of the value the finding is about ({@code indicators[3].actual},
 *                 {@code budget.executed.total}); {@code ""} for the form as a whole
 * @param message  Chinese sentence naming the field and the numbers involved
 */
public record Finding(String code, Severity severity, String path, String message) {

    public static Finding error(RuleCode code, String path, String message) {
        return new Finding(code.name(), Severity.ERROR, path, message);
    }

    public static Finding warning(RuleCode code, String path, String message) {
        return new Finding(code.name(), Severity.WARNING, path, message);
    }
}
