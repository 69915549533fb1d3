package dev.playground.ui.study;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabAssertion;
import dev.playground.engine.study.LabResult;
import dev.playground.engine.study.StudyLabs;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.UiThread;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;

/**
 * "Check" on a lab card: the student's answers to the lab's questions, and each lab's last check (running, its
 * findings, or why it could not run). The playground's prompt is handed in when it is the lab's starter (by name), with
 * the playground's connection and model; the check itself runs off the FX thread through the {@link LabChecker}.
 */
public final class LabCheckViewModel {
    private final StudyContext context;
    private final ObservableMap<String, State> states = FXCollections.observableHashMap();
    private final Map<String, Map<String, String>> answers = new HashMap<>();

    /**
     * A lab's last check: {@code running} while it runs; then its {@code result}, or a {@code problem} (a message key
     * of the study window, with {@code detail} as its value) when it could not run.
     */
    public record State(boolean running, LabResult result, String problem, String detail) {
        static final State RUNNING = new State(true, null, "", "");

        static State problem(String key, String detail) {
            return new State(false, null, key, detail == null ? "" : detail);
        }
    }

    LabCheckViewModel(StudyContext context) {
        this.context = context;
    }

    /** The names of the questions the student answers for this lab (its answer and run-log assertions), in order. */
    public List<String> questions(Lab lab) {
        return lab.check().asserts().stream().filter(a -> a.type().equals("answer") || a.type().equals("runlog"))
                .map(LabAssertion::name).distinct().toList();
    }

    public String answer(Lab lab, String name) {
        return answers.getOrDefault(lab.id(), Map.of()).getOrDefault(name, "");
    }

    public void setAnswer(Lab lab, String name, String value) {
        answers.computeIfAbsent(lab.id(), id -> new LinkedHashMap<>()).put(name, value == null ? "" : value.strip());
    }

    /** Each lab's last check, by lab id. */
    public ObservableMap<String, State> states() {
        return states;
    }

    /** Checks the lab with the playground's prompt, connection and model and the answers given; the result lands in {@link #states()}. */
    public void check(Lab lab) {
        State now = states.get(lab.id());
        if (now != null && now.running()) return;
        PlaygroundSnapshot playground = context.setup.playground().get();
        if (lab.check().callsModel() && playground.connection() == null) {
            states.put(lab.id(), State.problem("study.labCheck.noConnection", ""));
            return;
        }
        Map<String, String> given = new LinkedHashMap<>(answers.getOrDefault(lab.id(), Map.of()));
        given.values().removeIf(String::isBlank);
        StudyLabs labs = context.labs();
        states.put(lab.id(), State.RUNNING);
        context.setup.executor().submit(() -> {
            PromptDocument mine = null;
            if (!playground.promptName().isEmpty() && playground.prompt() != null) {
                String starter = labs.starter(lab).map(PromptFile::name).orElse("");
                if (starter.equalsIgnoreCase(playground.promptName())) mine = playground.prompt();
            }
            return context.setup.labChecker().check(labs, lab, new LabAttempt(mine, playground.connection(), playground.model(), given));
        }).whenComplete((result, failure) -> UiThread.run(() -> states.put(lab.id(), failure == null
                ? new State(false, result, "", "") : problem(failure))));
    }

    private static State problem(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) cause = cause.getCause();
        if (cause instanceof LabChecker.Unavailable) return State.problem("study.labCheck.unavailable", "");
        if (cause instanceof CancellationException) return State.problem("study.labCheck.stopped", "");
        return State.problem("study.labCheck.failed", Failures.readable(cause));
    }
}
