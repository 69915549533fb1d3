package dev.playground.testkit;

import dev.playground.engine.context.SearchHit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * recall@5 and MRR (first relevant hit within the top 10) of a search over {@link StudyNotes}
 * questions, by question language and split. Deterministic: no timing.
 */
public final class RecallFigures {
    public static final int RECALL_AT = 5;
    public static final int MRR_DEPTH = 10;

    /** The ranked hits (at least {@link #MRR_DEPTH} asked for) of one question. */
    @FunctionalInterface
    public interface Search {
        List<SearchHit> top(String question) throws Exception;
    }

    /** One group's figures and the questions it missed at 5. */
    public record Row(String group, int questions, double recallAt5, double mrr, List<String> missed) {
        public String line() {
            return String.format(Locale.ROOT, "%-8s | %3d | %.2f | %.3f", group, questions, recallAt5, mrr);
        }
    }

    private final List<Outcome> outcomes = new ArrayList<>();

    private record Outcome(StudyNotes.Question question, int rank) {}

    private RecallFigures() {}

    public static RecallFigures measure(List<StudyNotes.Question> questions, Search search) throws Exception {
        RecallFigures figures = new RecallFigures();
        for (StudyNotes.Question q : questions) {
            List<SearchHit> hits = search.top(q.question());
            int rank = 0;
            for (int i = 0; i < Math.min(MRR_DEPTH, hits.size()); i++) {
                if (q.answeredBy(hits.get(i).fileName(), hits.get(i).text())) {
                    rank = i + 1;
                    break;
                }
            }
            figures.outcomes.add(new Outcome(q, rank));
        }
        return figures;
    }

    public Row row(String group, Predicate<StudyNotes.Question> which) {
        List<Outcome> chosen = outcomes.stream().filter(o -> which.test(o.question())).toList();
        double found = chosen.stream().filter(o -> o.rank() > 0 && o.rank() <= RECALL_AT).count();
        double reciprocal = chosen.stream().mapToDouble(o -> o.rank() == 0 ? 0 : 1.0 / o.rank()).sum();
        List<String> missed = chosen.stream().filter(o -> o.rank() == 0 || o.rank() > RECALL_AT)
                .map(o -> o.question().question() + (o.rank() == 0 ? " (not in top 10)" : " (rank " + o.rank() + ")")).toList();
        int n = Math.max(1, chosen.size());
        return new Row(group, chosen.size(), found / n, reciprocal / n, missed);
    }

    /** Rows for en, es and all, on dev, held and both splits. */
    public List<Row> table() {
        List<Row> rows = new ArrayList<>();
        for (String split : List.of("dev", "held", "all")) {
            for (String language : List.of("en", "es", "all")) {
                rows.add(row(language + "/" + split, q -> (split.equals("all") || q.split().equals(split))
                        && (language.equals("all") || q.language().equals(language))));
            }
        }
        return rows;
    }
}
