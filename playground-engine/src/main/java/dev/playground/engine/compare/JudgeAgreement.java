package dev.playground.engine.compare;

import dev.playground.engine.metrics.Score;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How often a judge agrees with people, per rubric: over the cells where both gave a verdict, the
 * share where the judge's pass (a score of 4 or more, or "pass", in most samples) matches the person's
 * approval (thumbs, or a rating of 4–5 vs 1–2).
 */
public final class JudgeAgreement {
    public record Agreement(String rubric, int compared, int agreed) {
        public double rate() {
            return compared == 0 ? Double.NaN : (double) agreed / compared;
        }
    }

    private JudgeAgreement() {}

    public static List<Agreement> of(ComparisonRecord record) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (String name : record.scoreNames()) if (name.startsWith("judge:")) counts.put(name, new int[2]);
        for (CellResult cell : record.cells()) {
            Boolean person = record.feedback(cell.key()).map(CellFeedback::approves).orElse(null);
            if (person == null) continue;
            for (Map.Entry<String, int[]> entry : counts.entrySet()) {
                Boolean judge = judgeVerdict(cell, entry.getKey());
                if (judge == null) continue;
                entry.getValue()[0]++;
                if (judge.equals(person)) entry.getValue()[1]++;
            }
        }
        return counts.entrySet().stream().map(e -> new Agreement(e.getKey().substring("judge:".length()), e.getValue()[0], e.getValue()[1])).toList();
    }

    /** The judge's verdict on a cell: most samples passing; null when every sample was a judge error. */
    static Boolean judgeVerdict(CellResult cell, String scoreName) {
        List<Score> scores = cell.samples().stream().flatMap(s -> s.score(scoreName).stream()).filter(s -> s.passed() != null).toList();
        if (scores.isEmpty()) return null;
        long passing = scores.stream().filter(Score::passed).count();
        return passing * 2 > scores.size();
    }
}
