package cn.jixiao.validation;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The tolerances of rules.md, bound to a {@link ValidationSettings}. */
public final class Tolerances {

    private final ValidationSettings s;

    public Tolerances(ValidationSettings settings) {
        this.s = settings;
    }

    /** Two stated amounts are equal when they differ by at most {@code tolerance.amount} (0.02). */
    public boolean amountsEqual(BigDecimal a, BigDecimal b) {
        return a.subtract(b).abs().compareTo(s.amountTolerance()) <= 0;
    }

    /** {@code a} is larger than {@code b} by more than the amount tolerance. */
    public boolean amountExceeds(BigDecimal a, BigDecimal b) {
        return a.subtract(b).compareTo(s.amountTolerance()) > 0;
    }

    /** The tolerance of a sum of {@code n} stated items: {@code tolerance.sumFactor × (n + 1)}. */
    public BigDecimal sumTolerance(int n) {
        return s.sumToleranceFactor().multiply(BigDecimal.valueOf(n + 1L));
    }

    /** A sum of {@code n} stated items matches its stated total within {@link #sumTolerance(int)}. */
    public boolean sumMatches(BigDecimal sum, int n, BigDecimal total) {
        return sum.subtract(total).abs().compareTo(sumTolerance(n)) <= 0;
    }

    /**
     * A stated percentage matches a computed one when it equals the computed value rounded half-up or
     * truncated to the stated number of decimals.
     */
    public static boolean percentMatches(BigDecimal stated, BigDecimal computed) {
        int decimals = Math.max(stated.scale(), 0);
        return stated.compareTo(computed.setScale(decimals, RoundingMode.HALF_UP)) == 0
                || stated.compareTo(computed.setScale(decimals, RoundingMode.DOWN)) == 0;
    }

    /** A stated completion rate matches a computed one within ±{@code tolerance.completionRate} points. */
    public boolean rateMatches(BigDecimal stated, BigDecimal computed) {
        return stated.subtract(computed).abs().compareTo(s.completionRateTolerance()) <= 0;
    }
}
