package dev.playground.app.cli;

import dev.playground.engine.study.Question;
import dev.playground.engine.study.QuestionText;
import dev.playground.engine.study.ScoreCard;
import dev.playground.engine.study.Section;
import dev.playground.engine.study.StudyLanguage;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** One quiz in the terminal: asks each question, reads an answer line, gives feedback, and prints the score at the end. */
final class QuizSession {
    private final List<Section> sections;
    private final StudyLanguage language;
    private final BufferedReader in;
    private final PrintWriter out;
    private final ResourceBundle words;
    private final ScoreCard card;

    QuizSession(List<Section> sections, StudyLanguage language, BufferedReader in, PrintWriter out) {
        this.sections = sections;
        this.language = language;
        this.in = in;
        this.out = out;
        this.words = ResourceBundle.getBundle("dev.playground.app.cli.study", Locale.forLanguageTag(language.code()),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.card = new ScoreCard(sections);
    }

    void run(List<Question> questions) throws IOException {
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            ask(q, i + 1, questions.size());
            Optional<Set<Integer>> chosen = readAnswer(q);
            if (chosen.isEmpty()) {
                out.println();
                out.println(words.getString("quiz.ended"));
                break;
            }
            feedback(q, chosen.get());
        }
        printScore();
    }

    private void ask(Question q, int number, int total) {
        QuestionText text = q.text(language);
        out.println();
        out.println(format("quiz.header", number, total, q.section(), sectionName(q.section()), q.topic()));
        out.println(text.stem());
        for (int i = 0; i < text.options().size(); i++) out.println("  " + letter(i) + ". " + text.options().get(i));
    }

    /** The chosen options, asking again after a line that is not an answer; empty at end of input. */
    private Optional<Set<Integer>> readAnswer(Question q) throws IOException {
        int options = q.text(language).options().size();
        while (true) {
            out.print(format("quiz.prompt", letter(options - 1)));
            out.flush();
            String line = in.readLine();
            if (line == null) return Optional.empty();
            Optional<Set<Integer>> chosen = AnswerInput.parse(line, options);
            if (chosen.isPresent()) return chosen;
            out.println(format("quiz.unreadable", letter(options - 1), options));
        }
    }

    private void feedback(Question q, Set<Integer> chosen) {
        QuestionText text = q.text(language);
        boolean right = card.record(q, chosen);
        out.println(right ? words.getString("quiz.right") : format("quiz.wrong", letters(Set.copyOf(q.answer()))));
        out.println(text.explanation());
        for (int option : chosen) {
            if (!q.isRight(option)) out.println("  " + letter(option) + ": " + text.optionNotes().get(option));
        }
    }

    private void printScore() {
        out.println();
        out.println(format("quiz.score", card.correct(), card.total()));
        card.bySection().values().forEach(s -> out.println("  " + format("quiz.section", s.section(), sectionName(s.section()),
                s.correct(), s.total(), Math.round(s.fraction() * 100))));
        if (card.total() > 0) {
            out.println(format("quiz.readiness", Math.round(card.weightedScore() * 100), Math.round(ScoreCard.READINESS_BAR * 100),
                    words.getString(card.likelyReady() ? "quiz.ready" : "quiz.notReady")));
        }
    }

    private String sectionName(int id) {
        return sections.stream().filter(s -> s.id() == id).map(s -> s.name(language)).findFirst().orElse("");
    }

    private String format(String key, Object... args) {
        return String.format(Locale.ROOT, words.getString(key), args);
    }

    static char letter(int option) {
        return (char) ('A' + option);
    }

    private static String letters(Set<Integer> options) {
        return new TreeSet<>(options).stream().map(o -> String.valueOf(letter(o))).collect(Collectors.joining(", "));
    }
}
