package dev.playground.ui.study;

import dev.playground.engine.study.Question;
import dev.playground.engine.study.QuestionType;
import dev.playground.engine.study.ScoreCard;
import dev.playground.engine.study.StudyMode;
import dev.playground.ui.common.UiThread;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Practice with immediate feedback: a quiz on a section or a topic, or the weak spots due for review.
 * Number keys pick options, Enter checks the answer and then moves on; each checked answer is kept
 * in the store (off the FX thread) so it counts for progress and the review schedule.
 */
public final class PracticeViewModel {
    /** The quiz lengths offered. */
    public static final List<Integer> COUNTS = List.of(10, 20, 40);

    private final StudyContext context;
    private final List<Question> questions = new ArrayList<>();
    private final Set<Integer> chosen = new TreeSet<>();
    private final ReadOnlyIntegerWrapper changes = new ReadOnlyIntegerWrapper(this, "changes");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    /** True when {@link #problemProperty()} names a section or topic without questions, not a failure to save. */
    private boolean noQuestionsFound;
    private StudyMode mode = StudyMode.PRACTICE;
    private int index;
    private boolean checked;
    private int right;
    private int answered;

    PracticeViewModel(StudyContext context) {
        this.context = context;
        context.language.addListener((obs, old, now) -> changed());
    }

    /** A quiz of up to {@code count} questions from a section and/or a topic (null for any). */
    public void start(Integer section, String topic, int count) {
        try {
            begin(context.draw().quiz(section, topic, count, context.setup.random().get()), StudyMode.PRACTICE);
        } catch (IllegalArgumentException noQuestions) {
            noQuestionsFound = true;
            problem.set(topic != null ? topic : section != null ? String.valueOf(section) : "1-6");
        }
    }

    /** The weak spots due now, the longest-waiting first (read from the store off the FX thread). */
    public void startReview() {
        context.setup.executor().submit(context.progress::dueForReview).whenComplete((ids, failure) -> UiThread.run(() -> {
            if (failure != null) {
                noQuestionsFound = false;
                problem.set(dev.playground.ui.common.Failures.readable(failure));
                return;
            }
            begin(ids.stream().map(context::question).flatMap(java.util.Optional::stream).toList(), StudyMode.REVIEW);
        }));
    }

    private void begin(List<Question> drawn, StudyMode mode) {
        questions.clear();
        questions.addAll(drawn);
        this.mode = mode;
        index = 0;
        right = 0;
        answered = 0;
        checked = false;
        chosen.clear();
        noQuestionsFound = false;
        problem.set("");
        changed();
    }

    /** Picks (or, on a multiple-answer question, drops) an option, 0-based; ignored once checked. */
    public void pick(int option) {
        if (!hasQuestion() || checked) return;
        Question q = questions.get(index);
        if (option < 0 || option >= q.en().options().size()) return;
        if (q.type() == QuestionType.SINGLE) {
            chosen.clear();
            chosen.add(option);
        } else if (!chosen.remove(option)) {
            chosen.add(option);
        }
        changed();
    }

    /** Enter: checks the answer when one is picked, or moves on after the feedback. */
    public void enter() {
        if (!hasQuestion()) return;
        if (checked) next();
        else if (!chosen.isEmpty()) check();
    }

    /** Judges the picked options, shows why each is right or wrong, and keeps the answer. */
    public void check() {
        if (!hasQuestion() || checked || chosen.isEmpty()) return;
        Question q = questions.get(index);
        Set<Integer> picked = Set.copyOf(chosen);
        checked = true;
        answered++;
        if (ScoreCard.isCorrect(q, picked)) right++;
        changed();
        StudyMode asked = mode;
        context.setup.executor().run(() -> context.progress.record(q, picked, asked)).whenComplete((ok, failure) -> UiThread.run(() -> {
            if (failure != null) {
                noQuestionsFound = false;
                problem.set(dev.playground.ui.common.Failures.readable(failure));
            } else {
                context.answersKept();
            }
        }));
    }

    /** The next question; after the last one the session is over ({@link #isFinished}). */
    public void next() {
        if (!hasQuestion() || !checked) return;
        index++;
        checked = false;
        chosen.clear();
        changed();
    }

    private void changed() {
        changes.set(changes.get() + 1);
    }

    public boolean isStarted() {
        return !questions.isEmpty();
    }

    public boolean hasQuestion() {
        return index < questions.size();
    }

    /** Every question of the session was answered. */
    public boolean isFinished() {
        return isStarted() && !hasQuestion();
    }

    /** Whether the last session started was a weak-spots review. */
    public boolean isReview() {
        return mode == StudyMode.REVIEW;
    }

    /** The current question in the current language. */
    public ShownQuestion current() {
        return context.show(questions.get(index));
    }

    public String sectionName() {
        return context.sectionName(questions.get(index).section());
    }

    public Set<Integer> chosen() {
        return Set.copyOf(chosen);
    }

    public boolean isChecked() {
        return checked;
    }

    /** Whether the checked answer was right. */
    public boolean isCorrect() {
        return checked && ScoreCard.isCorrect(questions.get(index), chosen);
    }

    /** After checking: each option with whether it was picked, whether it is right, and why. */
    public List<OptionFeedback> feedback() {
        if (!checked) return List.of();
        ShownQuestion q = current();
        List<OptionFeedback> out = new ArrayList<>();
        for (int i = 0; i < q.options().size(); i++) out.add(new OptionFeedback(i, q.options().get(i), chosen.contains(i), q.isRight(i), q.note(i)));
        return out;
    }

    /** 1-based position of the current question. */
    public int position() {
        return Math.min(index + 1, questions.size());
    }

    public int size() {
        return questions.size();
    }

    public int right() {
        return right;
    }

    public int answered() {
        return answered;
    }

    public ReadOnlyIntegerProperty changesProperty() {
        return changes.getReadOnlyProperty();
    }

    /** The message key {@link #problemProperty()} goes into: no questions for the chosen section or topic, or a failure to save. */
    public String problemKey() {
        return noQuestionsFound ? "study.practice.noQuestions" : "study.problem";
    }

    /** Empty, or why an answer could not be kept or the review could not be read, or the section or topic without questions. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** One option after checking. */
    public record OptionFeedback(int option, String text, boolean picked, boolean right, String note) {
    }
}
