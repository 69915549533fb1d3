package dev.playground.ui.study;

import dev.playground.engine.study.ExamDraft;
import dev.playground.engine.study.ExamDraw;
import dev.playground.engine.study.ExamResult;
import dev.playground.engine.study.MockExam;
import dev.playground.engine.study.ScoreCard;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.UiThread;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * A mock exam run as the real one: questions drawn by the sections' weights, a clock counting down
 * from 90 minutes (scaled for a shorter exam), answers that can change and questions that can be
 * flagged, no feedback until the end. The exam lives here (and in the engine's {@link MockExam}),
 * not in the view, so a language switch, which rebuilds the view, keeps every answer, flag and the
 * clock. When the time runs out the exam is handed in by itself; the result is kept in the store.
 */
public final class MockExamViewModel {
    /** The exam lengths offered: the real one first, then shorter ones with the time scaled. */
    public static final List<Integer> SIZES = List.of(ExamDraw.MOCK_EXAM_SIZE, 30, 15, 6);

    private final StudyContext context;
    private final IntegerProperty size = new SimpleIntegerProperty(this, "size", ExamDraw.MOCK_EXAM_SIZE);
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ReadOnlyObjectWrapper<Duration> remaining = new ReadOnlyObjectWrapper<>(this, "remaining", Duration.ZERO);
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** How often the time left is written while nothing else changes. */
    private static final Duration KEEP_EVERY = Duration.ofSeconds(15);

    private final ReadOnlyObjectWrapper<ExamDraft> kept = new ReadOnlyObjectWrapper<>(this, "kept");
    private final ExamKeeper keeper;
    private MockExam exam;
    private int index;
    private java.time.Instant lastKept;

    MockExamViewModel(StudyContext context) {
        this.context = context;
        this.keeper = new ExamKeeper(context.setup.examDrafts(), context.setup.executor());
        context.language.addListener((obs, old, now) -> changed());
    }

    /** Reads the exam kept from an earlier session (off the FX thread); {@link #keptProperty()} offers it. */
    void lookForKept() {
        keeper.kept().whenComplete((draft, failure) -> UiThread.run(() -> {
            if (failure == null && draft.isPresent() && !isRunning()) kept.set(draft.get());
        }));
    }

    /** An exam from an earlier session that was not handed in, offered to resume; null when there is none. */
    public ReadOnlyObjectProperty<ExamDraft> keptProperty() {
        return kept.getReadOnlyProperty();
    }

    /** Goes on with the kept exam: the same questions in the same order, answers, flags and the time that was left. */
    public void resume() {
        ExamDraft draft = kept.get();
        if (draft == null || isRunning()) return;
        kept.set(null);
        try {
            exam = MockExam.resume(draft, context::question, context.setup.clock().instant());
        } catch (IllegalArgumentException noneLeft) {
            keeper.drop();
            return;
        }
        index = Math.max(0, Math.min(draft.position(), exam.size() - 1));
        begin();
    }

    /** Does not resume the kept exam: it is forgotten. */
    public void discardKept() {
        kept.set(null);
        keeper.drop();
    }

    /** Writes the exam in progress now (the window does this when the app closes); done at once when none runs. */
    public java.util.concurrent.CompletableFuture<Void> keepNow() {
        if (!isRunning()) return java.util.concurrent.CompletableFuture.completedFuture(null);
        return keep();
    }

    private java.util.concurrent.CompletableFuture<Void> keep() {
        lastKept = context.setup.clock().instant();
        return keeper.keep(exam.draft(index, lastKept));
    }

    /** Draws a new exam of {@link #sizeProperty} questions and starts its clock. */
    public void start() {
        int questions = size.get();
        exam = new MockExam(context.draw().mockExam(questions, context.setup.random().get()), MockExam.timeLimitFor(questions),
                context.setup.clock().instant());
        index = 0;
        kept.set(null);
        begin();
    }

    private void begin() {
        saved.set(false);
        problem.set("");
        remaining.set(Duration.ofSeconds((exam.remaining(context.setup.clock().instant()).toMillis() + 999) / 1000));
        context.setup.ticker().start(this::tick);
        keep();
        changed();
    }

    /** Reads the clock: updates the time left and hands the exam in when it has run out. */
    public void tick() {
        if (!isRunning()) return;
        var now = context.setup.clock().instant();
        Duration left = exam.remaining(now);
        // Whole seconds: the label changes once a second however often the ticker calls.
        Duration shown = Duration.ofSeconds((left.toMillis() + 999) / 1000);
        if (!shown.equals(remaining.get())) remaining.set(shown);
        if (exam.isTimeUp(now)) finish();
        else if (lastKept == null || !now.isBefore(lastKept.plus(KEEP_EVERY))) keep();
    }

    /** Picks or drops an option (0-based) of the current question. */
    public void pick(int option) {
        if (!isRunning()) return;
        exam.toggle(index, option);
        keep();
        changed();
    }

    public void toggleFlag() {
        if (!isRunning()) return;
        exam.toggleFlag(index);
        keep();
        changed();
    }

    /** Enter: the next question (the last one stays put; the student hands in with Finish). */
    public void next() {
        go(index + 1);
    }

    public void previous() {
        go(index - 1);
    }

    /** Jumps to a question (0-based), as the navigator does. */
    public void go(int target) {
        if (!isRunning() || target < 0 || target >= exam.size() || target == index) return;
        index = target;
        keep();
        changed();
    }

    /** Hands the exam in: scores it, stops the clock and keeps every answer in the store. */
    public void finish() {
        if (!isRunning()) return;
        ExamResult result = exam.finish(context.setup.clock().instant(), context.bank().sections());
        context.setup.ticker().stop();
        remaining.set(exam.remaining(context.setup.clock().instant()));
        keeper.drop();
        changed();
        context.setup.executor().run(() -> context.progress.recordAll(result.answers())).whenComplete((ok, failure) -> UiThread.run(() -> {
            if (failure != null) {
                problem.set(Failures.readable(failure));
            } else {
                saved.set(true);
                context.answersKept();
            }
        }));
    }

    /** Back to the start page (after the results). */
    public void close() {
        if (isRunning()) return;
        exam = null;
        changed();
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    public boolean isStarted() {
        return exam != null;
    }

    public boolean isRunning() {
        return exam != null && !exam.isFinished();
    }

    public boolean isFinished() {
        return exam != null && exam.isFinished();
    }

    public int index() {
        return index;
    }

    public int questionCount() {
        return exam.size();
    }

    public ShownQuestion current() {
        return context.show(exam.question(index));
    }

    public Set<Integer> chosen() {
        return exam.answer(index);
    }

    public boolean isFlagged() {
        return exam.isFlagged(index);
    }

    public int answeredCount() {
        return exam.answeredCount();
    }

    public int unansweredCount() {
        return exam.size() - exam.answeredCount();
    }

    public int flaggedCount() {
        return exam.flagged().size();
    }

    public Duration timeLimit() {
        return exam.timeLimit();
    }

    /** The navigator: each question's state, in exam order. */
    public List<Slot> slots() {
        List<Slot> out = new ArrayList<>();
        for (int i = 0; i < exam.size(); i++) out.add(new Slot(i, exam.isAnswered(i), exam.isFlagged(i), i == index));
        return out;
    }

    /** The results once handed in: score per section, readiness, and the missed questions with explanations. */
    public Report report() {
        ExamResult result = exam.result();
        ScoreCard card = result.card();
        List<SectionRow> rows = card.bySection().values().stream()
                .map(s -> new SectionRow(s.section(), context.sectionName(s.section()), s.correct(), s.total())).toList();
        List<MissedRow> missed = result.missed().stream().map(m -> new MissedRow(m.index(), context.show(m.question()), m.chosen())).toList();
        return new Report(card.correct(), card.total(), card.weightedScore(), card.likelyReady(), result.timedOut(), result.used(), rows, missed);
    }

    /** The number of questions the next exam will have. */
    public IntegerProperty sizeProperty() {
        return size;
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** Time left, in whole seconds (rounded up), while the exam runs. */
    public ReadOnlyObjectProperty<Duration> remainingProperty() {
        return remaining.getReadOnlyProperty();
    }

    /** The finished exam's answers are in the store. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** One question in the navigator. */
    public record Slot(int index, boolean answered, boolean flagged, boolean current) {
    }

    /** One section's score in the results. */
    public record SectionRow(int section, String name, int correct, int total) {
        public double fraction() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }

    /** A missed question (wrong or unanswered) with what was chosen. */
    public record MissedRow(int index, ShownQuestion question, Set<Integer> chosen) {
    }

    /**
     * @param readiness the score weighted by the sections' exam weights (0-1), the basis of the estimate
     * @param likelyReady whether it reaches the rule-of-thumb bar ({@link ScoreCard#READINESS_BAR})
     */
    public record Report(int correct, int total, double readiness, boolean likelyReady, boolean timedOut, Duration used,
            List<SectionRow> sections, List<MissedRow> missed) {
    }
}
