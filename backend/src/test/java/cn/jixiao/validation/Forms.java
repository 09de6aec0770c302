package cn.jixiao.validation;

import cn.jixiao.document.FormDocument;
import cn.jixiao.document.FormDocumentReader;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Clean forms (no findings at all) to start rule tests from, and a small path setter to break them.
 * Numbers are set from strings ({@code "1000.02"}) so that their decimals are exact.
 */
public final class Forms {

    public static final JsonMapper M = JsonMapper.builder()
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private static final FormDocumentReader READER = new FormDocumentReader();
    private static final FormValidator VALIDATOR = new FormValidator();
    private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)(?:\\[(\\d+)])?");

    /** Marker for {@link #set}: remove the key. */
    public static final Object REMOVE = new Object();

    private Forms() {
    }

    /**
     * MONITORING at month 6 (time progress 50): execution rate 500/1000 = 50 %, every stated rate matches,
     * no deviation.
     */
    public static ObjectNode monitoring() {
        return parse("""
            {"schema":"jixiao-form/1","type":"MONITORING","year":2021,"monitorMonth":6,
             "unit":"测试县社会保险管理局","project":"测试县企业职工基本养老保险基金支出项目","fund":"ENTERPRISE_PENSION",
             "amountUnit":"万元",
             "budget":{"planned":{"total":1000,"main":1000,"other":0},
                       "arrived":{"total":600,"main":600,"other":null},
                       "executed":{"total":500,"main":500,"other":null},
                       "executionRate":50},
             "goal":{"expected":"按时足额发放养老金","actual":"已按时足额发放","completionRate":50},
             "indicators":[
               {"level1":"产出指标","level2":"数量指标","name":"参保人数","target":"≥10000人","actual":"5000人","completionRate":50},
               {"level1":"产出指标","level2":"质量指标","name":"待遇发放率","target":"≥95%","actual":"95%","completionRate":50},
               {"level1":"产出指标","level2":"时效指标","name":"发放时效","target":"每月25日前","actual":"按时发放","completionRate":50},
               {"level1":"效益指标","level2":"社会效益指标","name":"基金运行","target":"基金运行平稳","actual":"基金运行平稳","completionRate":50},
               {"level1":"效益指标","level2":"可持续影响指标","name":"上访率","target":"≤0.1%","actual":"0.05%","completionRate":50},
               {"level1":"产出指标","level2":"质量指标","name":"基金支出预算执行率","target":"95%-105%","actual":"50%","completionRate":50},
               {"level1":"满意度指标","level2":"满意度指标","name":"参保人员满意度","target":"≥90%","actual":"/","notDue":true}
             ],
             "deviation":{"reason":null,"measures":null,"categories":[]},
             "filler":{"name":"张三","phone":"0998-1234567"}}
            """);
    }

    /**
     * EVALUATION: planned = executed = 1000 (rate 100), every indicator met, a consistent report; score 100.
     */
    public static ObjectNode evaluation() {
        return parse("""
            {"schema":"jixiao-form/1","type":"EVALUATION","year":2021,
             "unit":"测试县社会保险管理局","project":"测试县企业职工基本养老保险基金支出项目","fund":"ENTERPRISE_PENSION",
             "amountUnit":"万元",
             "budget":{"planned":{"total":1000,"main":1000,"other":null},
                       "executed":{"total":1000,"main":1000,"other":null},
                       "executionRate":100},
             "goal":{"expected":"按时足额发放养老金","actual":"已按时足额发放"},
             "indicators":[
               {"level1":"产出指标","level2":"数量指标","name":"参保人数","target":"≥10000人","actual":"11000人"},
               {"level1":"产出指标","level2":"质量指标","name":"待遇发放率","target":"=100%","actual":"100%"},
               {"level1":"产出指标","level2":"时效指标","name":"发放时效","target":"每月25日前","actual":"按时发放"},
               {"level1":"产出指标","level2":"成本指标","name":"人均待遇标准","target":"≤580元/人","actual":"560元/人"},
               {"level1":"产出指标","level2":"质量指标","name":"基金支出预算执行率","target":"95%-105%","actual":"100%"},
               {"level1":"效益指标","level2":"社会效益指标","name":"基金运行","target":"基金运行平稳","actual":"基金运行平稳"},
               {"level1":"效益指标","level2":"可持续影响指标","name":"上访率","target":"上访率控制在0.1%以内","actual":"无"},
               {"level1":"满意度指标","level2":"满意度指标","name":"参保人员满意度","target":"≥90%","actual":"95%"}
             ],
             "deviation":{"reason":null,"measures":null},
             "report":{"fund":{"income":1200,"incomeItems":{"社会保险费收入":700,"财政补贴收入":500},
                               "expense":1000,"expenseItems":{"基本养老金支出":600,"丧葬补助金支出":400},
                               "balance":200,"accumulated":5000},
                       "budgetedExpense":1000,"executedExpense":1000,"budgetCompletionPct":100.00,
                       "previousYearExpense":950,
                       "sections":{"targetSetting":"…","execution":"…","management":"…","achievement":"…","plans":"…","experience":"…"}},
             "filler":{"name":null,"phone":null}}
            """);
    }

    /** TARGET: planned 1000 万元, a complete framework, quantified 数量指标, an amount target below the budget. */
    public static ObjectNode target() {
        return parse("""
            {"schema":"jixiao-form/1","type":"TARGET","year":2022,
             "unit":"测试县社会保险管理局","project":"测试县企业职工基本养老保险基金支出项目","fund":"ENTERPRISE_PENSION",
             "amountUnit":"万元",
             "budget":{"planned":{"total":1000,"main":1000,"other":0}},
             "goal":{"expected":"按时足额发放养老金"},
             "indicators":[
               {"level1":"产出指标","level2":"数量指标","name":"参保人数","target":"≥1.2万人"},
               {"level1":"产出指标","level2":"质量指标","name":"待遇支出金额","target":"900万元"},
               {"level1":"产出指标","level2":"时效指标","name":"发放时效","target":"每月25日前"},
               {"level1":"效益指标","level2":"社会效益指标","name":"基金运行","target":"基金运行平稳"},
               {"level1":"满意度指标","level2":"满意度指标","name":"参保人员满意度","target":"≥90%"}
             ],
             "filler":{"name":null,"phone":null}}
            """);
    }

    public static ObjectNode parse(String json) {
        try {
            return (ObjectNode) M.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** A number with exactly these decimals. */
    public static BigDecimal num(String s) {
        return new BigDecimal(s);
    }

    /**
     * Sets {@code path} ({@code budget.executed.total}, {@code indicators[2].actual}) to {@code value}: a String,
     * BigDecimal, Integer, Boolean, JsonNode, {@code null} (JSON null) or {@link #REMOVE}. Missing objects on the
     * way are created. Returns {@code root}.
     */
    public static ObjectNode set(ObjectNode root, String path, Object value) {
        String[] parts = path.split("\\.");
        JsonNode node = root;
        for (int k = 0; k < parts.length; k++) {
            Matcher m = SEGMENT.matcher(parts[k]);
            if (!m.matches()) {
                throw new IllegalArgumentException(path);
            }
            String key = m.group(1);
            boolean last = k == parts.length - 1;
            ObjectNode obj = (ObjectNode) node;
            if (m.group(2) != null) {
                ArrayNode arr = (ArrayNode) obj.get(key);
                int idx = Integer.parseInt(m.group(2));
                if (last) {
                    if (value == REMOVE) {
                        arr.remove(idx);
                    } else {
                        arr.set(idx, toNode(value));
                    }
                    return root;
                }
                node = arr.get(idx);
            } else if (last) {
                if (value == REMOVE) {
                    obj.remove(key);
                } else {
                    obj.set(key, toNode(value));
                }
                return root;
            } else {
                JsonNode next = obj.get(key);
                if (next == null || next.isNull()) {
                    next = obj.putObject(key);
                }
                node = next;
            }
        }
        return root;
    }

    private static JsonNode toNode(Object v) {
        JsonNodeFactory f = JsonNodeFactory.withExactBigDecimals(true);
        if (v == null) {
            return f.nullNode();
        }
        if (v instanceof JsonNode n) {
            return n;
        }
        if (v instanceof String s) {
            return f.textNode(s);
        }
        if (v instanceof BigDecimal d) {
            return f.numberNode(d);
        }
        if (v instanceof Integer i) {
            return f.numberNode(i);
        }
        if (v instanceof Boolean b) {
            return f.booleanNode(b);
        }
        throw new IllegalArgumentException(String.valueOf(v));
    }

    public static FormDocument doc(ObjectNode root) {
        try {
            return READER.read(M.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ValidationResult validate(ObjectNode root) {
        return VALIDATOR.validate(doc(root), ValidationSettings.defaults());
    }

    public static ValidationResult validate(ObjectNode root, ValidationSettings settings) {
        return VALIDATOR.validate(doc(root), settings);
    }

    /** All codes of the findings. */
    public static Set<String> codes(ValidationResult r) {
        return r.findings().stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> codes(ValidationResult r, Severity s) {
        return r.findings().stream().filter(f -> f.severity() == s).map(Finding::code)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The findings with this code. */
    public static java.util.List<Finding> findings(ValidationResult r, RuleCode code) {
        return r.findings().stream().filter(f -> f.code().equals(code.name())).collect(Collectors.toList());
    }

    /** Whether a finding with this code is reported. */
    public static boolean has(ValidationResult r, RuleCode code) {
        return !findings(r, code).isEmpty();
    }
}
