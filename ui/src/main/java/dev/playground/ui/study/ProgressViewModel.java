package dev.playground.ui.study;

import dev.playground.engine.study.StudyProgress;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.UiThread;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The progress page: the score per section over time and what is due for review, read from the store
 * off the FX thread, again whenever answers are kept.
 */
public final class ProgressViewModel {
    private final StudyContext context;
    private final ReadOnlyObjectWrapper<StudyProgress.Summary> summary = new ReadOnlyObjectWrapper<>(this, "summary");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private List<String> due = List.of();

    ProgressViewModel(StudyContext context) {
        this.context = context;
        context.answersKeptProperty().addListener((obs, old, now) -> refresh());
    }

    /** Reads the progress again. */
    public void refresh() {
        context.setup.executor().submit(() -> new Read(context.progress.summary(), context.progress.dueForReview()))
                .whenComplete((read, failure) -> UiThread.run(() -> {
                    if (failure != null) {
                        problem.set(Failures.readable(failure));
                    } else {
                        problem.set("");
                        due = read.due();
                        summary.set(read.summary());
                    }
                }));
    }

    private record Read(StudyProgress.Summary summary, List<String> due) {}

    /** The questions due for review now, the longest-waiting first, at most {@code limit}, in the current language. */
    public List<ShownQuestion> dueQuestions(int limit) {
        if (!context.isLoaded()) return List.of();
        return due.stream().map(context::question).flatMap(java.util.Optional::stream).limit(limit).map(context::show).toList();
    }

    /** Null until first read. */
    public ReadOnlyObjectProperty<StudyProgress.Summary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The chart's lines: per section, its score (0-100) day by day, oldest first. */
    public Map<Integer, List<StudyProgress.DayScore>> bySectionOverTime() {
        Map<Integer, List<StudyProgress.DayScore>> out = new TreeMap<>();
        StudyProgress.Summary read = summary.get();
        if (read == null) return out;
        for (StudyProgress.DayScore day : read.history()) {
            out.computeIfAbsent(day.section(), s -> new java.util.ArrayList<>()).add(day);
        }
        return out;
    }

    public String sectionName(int section) {
        return context.isLoaded() ? context.sectionName(section) : String.valueOf(section);
    }
}
