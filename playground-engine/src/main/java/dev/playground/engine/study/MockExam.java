package dev.playground.engine.study;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A mock exam in progress, run as the real one: a fixed set of questions, a time limit counted from
 * the start, answers that can be changed and questions that can be flagged until the end, and no
 * feedback before {@link #finish}. Time is read from the instant the caller passes, so a test moves
 * it by hand. Not thread-safe: one thread (the window's) drives it.
 */
public final class MockExam {
    /** The real exam's time limit for {@link ExamDraw#MOCK_EXAM_SIZE} questions. */
    public static final Duration REAL_TIME_LIMIT = Duration.ofMinutes(90);

    private final List<Question> questions;
    private final List<Set<Integer>> answers = new ArrayList<>();
    private final Set<Integer> flags = new TreeSet<>();
    private final Instant startedAt;
    private final Duration timeLimit;
    private ExamResult result;

    public MockExam(List<Question> questions, Duration timeLimit, Instant startedAt) {
        if (questions.isEmpty()) throw new IllegalArgumentException("a mock exam needs at least one question.");
        this.questions = List.copyOf(questions);
        this.timeLimit = timeLimit;
        this.startedAt = startedAt;
        questions.forEach(q -> answers.add(new TreeSet<>()));
    }

    /**
     * The exam as it was kept, going on at {@code now} with the time that was left (the clock stood still while it was
     * kept). Questions no longer in the bank are left out with their answers and flags.
     *
     * @throws IllegalArgumentException when none of its questions is in the bank any more
     */
    public static MockExam resume(ExamDraft draft, java.util.function.Function<String, java.util.Optional<Question>> bank, Instant now) {
        List<Question> found = new ArrayList<>();
        List<Set<Integer>> chosen = new ArrayList<>();
        Set<Integer> flagged = new TreeSet<>();
        for (int i = 0; i < draft.questionIds().size(); i++) {
            var question = bank.apply(draft.questionIds().get(i));
            if (question.isEmpty()) continue;
            if (draft.flags().contains(i)) flagged.add(found.size());
            found.add(question.get());
            chosen.add(draft.answers().get(i));
        }
        MockExam exam = new MockExam(found, draft.timeLimit(), now.minus(draft.timeLimit().minus(draft.remaining())));
        for (int i = 0; i < found.size(); i++) {
            int options = found.get(i).en().options().size();
            for (int option : chosen.get(i)) if (option >= 0 && option < options) exam.answers.get(i).add(option);
        }
        exam.flags.addAll(flagged);
        return exam;
    }

    /** This exam as it would be kept at {@code now}, with {@code position} the question on screen. */
    public ExamDraft draft(int position, Instant now) {
        return new ExamDraft(questions.stream().map(Question::id).toList(), answers, flags, position, timeLimit, remaining(now), now);
    }

    /** The time the real exam allows per question, applied to a shorter (or longer) exam. */
    public static Duration timeLimitFor(int questions) {
        return REAL_TIME_LIMIT.multipliedBy(questions).dividedBy(ExamDraw.MOCK_EXAM_SIZE);
    }

    public int size() {
        return questions.size();
    }

    public List<Question> questions() {
        return questions;
    }

    public Question question(int index) {
        return questions.get(index);
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Duration timeLimit() {
        return timeLimit;
    }

    /** The options chosen for a question (empty while unanswered). */
    public Set<Integer> answer(int index) {
        return Set.copyOf(answers.get(index));
    }

    public boolean isAnswered(int index) {
        return !answers.get(index).isEmpty();
    }

    public int answeredCount() {
        return (int) answers.stream().filter(a -> !a.isEmpty()).count();
    }

    /**
     * Picks or drops an option: a single-answer question keeps only the option picked last; a
     * multiple-answer one turns the option on or off. Options out of range are ignored.
     */
    public void toggle(int index, int option) {
        requireOpen();
        Question q = questions.get(index);
        if (option < 0 || option >= q.en().options().size()) return;
        Set<Integer> chosen = answers.get(index);
        if (q.type() == QuestionType.SINGLE) {
            boolean had = chosen.contains(option);
            chosen.clear();
            if (!had) chosen.add(option);
        } else if (!chosen.remove(option)) {
            chosen.add(option);
        }
    }

    public boolean isFlagged(int index) {
        return flags.contains(index);
    }

    public void toggleFlag(int index) {
        requireOpen();
        if (!flags.remove(index)) flags.add(index);
    }

    public Set<Integer> flagged() {
        return Set.copyOf(flags);
    }

    /** The time left at {@code now}, never below zero. */
    public Duration remaining(Instant now) {
        Duration left = timeLimit.minus(Duration.between(startedAt, now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean isTimeUp(Instant now) {
        return remaining(now).isZero();
    }

    public boolean isFinished() {
        return result != null;
    }

    /** The result once finished; null before. */
    public ExamResult result() {
        return result;
    }

    /**
     * Ends the exam (the student handed it in, or the time ran out) and scores it; unanswered questions
     * count as wrong. Finishing twice returns the first result.
     */
    public ExamResult finish(Instant now, List<Section> sections) {
        if (result != null) return result;
        ScoreCard card = new ScoreCard(sections);
        List<ExamResult.Missed> missed = new ArrayList<>();
        List<StudyAnswer> given = new ArrayList<>();
        Instant end = now.isAfter(startedAt.plus(timeLimit)) ? startedAt.plus(timeLimit) : now;
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            Set<Integer> chosen = new HashSet<>(answers.get(i));
            if (!card.record(q, chosen)) missed.add(new ExamResult.Missed(i, q, Set.copyOf(chosen)));
            given.add(StudyAnswer.of(q, chosen, StudyMode.EXAM, end));
        }
        result = new ExamResult(card, List.copyOf(missed), List.copyOf(given), Duration.between(startedAt, end), isTimeUp(now));
        return result;
    }

    private void requireOpen() {
        if (result != null) throw new IllegalStateException("the exam is finished; its answers can no longer change.");
    }
}
