package dev.playground.engine.compare;

import java.util.List;

/**
 * How well a judge's pass/fail verdicts agree with a person's, beyond chance: the 2×2 confusion matrix over the cells
 * where both gave a verdict, the plain share agreed, and Cohen's kappa (1 full agreement, 0 what chance alone gives,
 * below 0 worse than chance). Kappa is NaN when there are no pairs, or when both always said the same one thing
 * (chance then explains everything and the measure says nothing).
 */
public record AgreementMatrix(int bothPass, int judgePassPersonFail, int judgeFailPersonPass, int bothFail) {
    /** A judge verdict and a person's verdict on one cell. */
    public record Pair(boolean judgePassed, boolean personApproved) {}

    public static AgreementMatrix of(List<Pair> pairs) {
        int a = 0;
        int b = 0;
        int c = 0;
        int d = 0;
        for (Pair pair : pairs) {
            if (pair.judgePassed() && pair.personApproved()) a++;
            else if (pair.judgePassed()) b++;
            else if (pair.personApproved()) c++;
            else d++;
        }
        return new AgreementMatrix(a, b, c, d);
    }

    public int compared() {
        return bothPass + judgePassPersonFail + judgeFailPersonPass + bothFail;
    }

    /** The share of cells where judge and person agreed; NaN without pairs. */
    public double observed() {
        int n = compared();
        return n == 0 ? Double.NaN : (double) (bothPass + bothFail) / n;
    }

    /** Cohen's kappa for two raters and two classes. */
    public double kappa() {
        int n = compared();
        if (n == 0) return Double.NaN;
        double judgePass = (double) (bothPass + judgePassPersonFail) / n;
        double personPass = (double) (bothPass + judgeFailPersonPass) / n;
        double chance = judgePass * personPass + (1 - judgePass) * (1 - personPass);
        if (Math.abs(1 - chance) < 1e-12) return Double.NaN;
        return (observed() - chance) / (1 - chance);
    }
}
