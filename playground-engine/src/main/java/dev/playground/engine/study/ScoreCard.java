package dev.playground.engine.study;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tallies answers per section and gives a readiness estimate. A multiple-answer question counts as right
 * only when exactly its set of right options was chosen; a question left unanswered counts as wrong.
 */
public final class ScoreCard {
    /**
     * The bar the estimate is measured against. Databricks does not publish the pass mark of this exam; 70% is
     * a common rule of thumb for its associate exams, so the verdict is an estimate, not a prediction.
     */
    public static final double READINESS_BAR = 0.70;

    private final Map<Integer, Integer> weights = new LinkedHashMap<>();
    private final Map<Integer, int[]> tally = new TreeMap<>(); // section -> {correct, total}

    public ScoreCard(List<Section> sections) {
        sections.forEach(s -> weights.put(s.id(), s.weight()));
    }

    /** Whether {@code chosen} (0-based option indices) is exactly the question's answer. */
    public static boolean isCorrect(Question question, Set<Integer> chosen) {
        return chosen != null && chosen.equals(Set.copyOf(question.answer()));
    }

    /** Records one answer (null or empty when skipped) and says whether it was right. */
    public boolean record(Question question, Set<Integer> chosen) {
        boolean right = isCorrect(question, chosen);
        int[] t = tally.computeIfAbsent(question.section(), s -> new int[2]);
        if (right) t[0]++;
        t[1]++;
        return right;
    }

    /** Correct and total per section that had at least one question, by section id. */
    public Map<Integer, SectionScore> bySection() {
        Map<Integer, SectionScore> result = new TreeMap<>();
        tally.forEach((section, t) -> result.put(section, new SectionScore(section, t[0], t[1])));
        return result;
    }

    public int correct() {
        return tally.values().stream().mapToInt(t -> t[0]).sum();
    }

    public int total() {
        return tally.values().stream().mapToInt(t -> t[1]).sum();
    }

    /**
     * The readiness estimate: each answered section's share of right answers, weighted by the section's exam
     * weight, over the weights of the sections answered (so a quiz on one section is judged on that section
     * alone). 0 when nothing was answered.
     */
    public double weightedScore() {
        double sum = 0;
        int weightSum = 0;
        for (SectionScore s : bySection().values()) {
            int w = weights.getOrDefault(s.section(), 0);
            sum += w * s.fraction();
            weightSum += w;
        }
        return weightSum == 0 ? 0 : sum / weightSum;
    }

    /** Whether the weighted score reaches {@link #READINESS_BAR}; false when nothing was answered. */
    public boolean likelyReady() {
        return total() > 0 && weightedScore() >= READINESS_BAR;
    }

    /** One section's tally. */
    public record SectionScore(int section, int correct, int total) {
        public double fraction() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }
}
