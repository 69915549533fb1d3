package dev.playground.engine.study;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A student's progress, for the study window and the command line alike: records answers with the
 * time, and reads back the score per section (overall and day by day) and what is due for review.
 * Every method reads or writes the store: call it off the JavaFX thread.
 */
public final class StudyProgress {
    private final StudyAnswerLog log;
    private final Clock clock;
    private final ZoneId zone;

    public StudyProgress(StudyAnswerLog log, Clock clock, ZoneId zone) {
        this.log = log;
        this.clock = clock;
        this.zone = zone;
    }

    public Clock clock() {
        return clock;
    }

    /** Keeps one answer, stamped now, and returns it. */
    public StudyAnswer record(Question question, Set<Integer> chosen, StudyMode mode) {
        StudyAnswer answer = StudyAnswer.of(question, chosen, mode, clock.instant());
        log.record(List.of(answer));
        return answer;
    }

    /** Keeps answers already stamped (a finished mock exam's), all or none. */
    public void recordAll(List<StudyAnswer> answers) {
        if (!answers.isEmpty()) log.record(answers);
    }

    /** The question ids due for review now, the longest-waiting first. */
    public List<String> dueForReview() {
        return ReviewSchedule.of(log.all()).due(clock.instant()).stream().map(ReviewSchedule.Card::questionId).toList();
    }

    /** Everything the progress page shows, read in one go. */
    public Summary summary() {
        List<StudyAnswer> all = log.all();
        Instant now = clock.instant();
        ReviewSchedule schedule = ReviewSchedule.of(all);
        Map<Integer, int[]> overall = new TreeMap<>();
        Map<LocalDate, Map<Integer, int[]>> byDay = new TreeMap<>();
        for (StudyAnswer a : all) {
            add(overall.computeIfAbsent(a.section(), s -> new int[2]), a.correct());
            LocalDate day = a.answeredAt().atZone(zone).toLocalDate();
            add(byDay.computeIfAbsent(day, d -> new TreeMap<>()).computeIfAbsent(a.section(), s -> new int[2]), a.correct());
        }
        Map<Integer, ScoreCard.SectionScore> sections = new TreeMap<>();
        overall.forEach((s, t) -> sections.put(s, new ScoreCard.SectionScore(s, t[0], t[1])));
        List<DayScore> history = new ArrayList<>();
        byDay.forEach((day, perSection) -> perSection.forEach((s, t) -> history.add(new DayScore(day, s, t[0], t[1]))));
        return new Summary(all.size(), sections, history, schedule.due(now).size(), schedule.nextDue(now),
                schedule.cards().size());
    }

    private static void add(int[] tally, boolean correct) {
        if (correct) tally[0]++;
        tally[1]++;
    }

    /**
     * @param answered     how many answers are kept
     * @param bySection    right and total per section over all answers
     * @param history      right and total per day and section, oldest day first
     * @param due          how many weak spots are due now
     * @param nextDue      when the next weak spot not yet due comes back
     * @param inReview     how many questions are in the review schedule (due or waiting)
     */
    public record Summary(int answered, Map<Integer, ScoreCard.SectionScore> bySection, List<DayScore> history, int due,
            Optional<Instant> nextDue, int inReview) {
    }

    /** One section's answers on one day. */
    public record DayScore(LocalDate day, int section, int correct, int total) {
        public double fraction() {
            return total == 0 ? 0 : (double) correct / total;
        }
    }
}
