package cn.jixiao.validation.value;

/** The comparator written before (or implied by the words around) an indicator value. */
public enum Comparator {
    /** ≥, 不低于, 不少于, …以上 */
    GE("≥"),
    /** &gt;, 高于, 超过 */
    GT(">"),
    /** ≤, 不超过, 控制在…以内, …以下 */
    LE("≤"),
    /** &lt;, 低于, 少于 */
    LT("<"),
    /** =, 约, …左右 */
    EQ("="),
    /** a bare value */
    NONE("");

    private final String symbol;

    Comparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** 正向: more is better (≥, &gt;, =, bare). */
    public boolean positive() {
        return this == GE || this == GT || this == EQ || this == NONE;
    }

    /** 反向: an upper limit (≤, &lt;). */
    public boolean upperLimit() {
        return this == LE || this == LT;
    }

    /** A lower limit (≥, &gt;). */
    public boolean lowerLimit() {
        return this == GE || this == GT;
    }
}
