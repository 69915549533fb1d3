package dev.playground.engine.study;

import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The statistics a run-log lab asks the student to read off the run log (the app's inference table): how many
 * answered runs there are, their output tokens, and which model answered faster (median latency) or cheaper (mean
 * cost per call) among models with at least {@code min} answered runs. Only answered runs count.
 */
final class RunLogStats {
    static final List<String> NAMES = List.of("runs", "output-tokens", "faster", "cheaper");

    private RunLogStats() {}

    /**
     * The right answer, or what is missing from the run log: {@code missing} is the key of a finding's words
     * ({@link LabWords}) and {@code args} its values, to which the lab check adds the prompt's name.
     */
    record Truth(String value, String missing, List<Object> args) {
        static Truth of(String value) {
            return new Truth(value, null, List.of());
        }
    }

    static Truth compute(String name, List<RunRecord> all, int min) {
        List<RunRecord> answered = all.stream().filter(r -> r.status() == RunStatus.OK).toList();
        return switch (name) {
            case "runs" -> answered.size() < min ? tooFew(min, answered.size()) : Truth.of(Integer.toString(answered.size()));
            case "output-tokens" -> answered.size() < min ? tooFew(min, answered.size())
                    : Truth.of(Integer.toString(answered.stream().mapToInt(RunRecord::outputTokens).sum()));
            case "faster" -> best(answered, min, RunLogStats::medianLatencyMs, "latency");
            case "cheaper" -> best(answered.stream().filter(r -> r.costUsd() != null).toList(), min, RunLogStats::meanCost, "cost");
            default -> new Truth("", "runlog.unknown", List.of(name));
        };
    }

    private static Truth tooFew(int needed, int found) {
        return new Truth("", "runlog.tooFew", List.of(needed, found));
    }

    private static Truth best(List<RunRecord> runs, int min, java.util.function.ToDoubleFunction<List<RunRecord>> measure, String what) {
        Map<String, List<RunRecord>> byModel = new TreeMap<>();
        for (RunRecord run : runs) byModel.computeIfAbsent(run.model(), m -> new ArrayList<>()).add(run);
        byModel.values().removeIf(list -> list.size() < min);
        if (byModel.size() < 2) {
            return new Truth("", what.equals("cost") ? "runlog.twoPricedModels" : "runlog.twoModels", List.of(min, byModel.size()));
        }
        return Truth.of(byModel.entrySet().stream().min(Comparator.comparingDouble(e -> measure.applyAsDouble(e.getValue())))
                .orElseThrow().getKey());
    }

    private static double medianLatencyMs(List<RunRecord> runs) {
        List<Long> ms = runs.stream().map(RunRecord::latency).filter(java.util.Objects::nonNull).map(Duration::toMillis).sorted().toList();
        if (ms.isEmpty()) return Double.MAX_VALUE;
        int mid = ms.size() / 2;
        return ms.size() % 2 == 1 ? ms.get(mid) : (ms.get(mid - 1) + ms.get(mid)) / 2.0;
    }

    private static double meanCost(List<RunRecord> runs) {
        return runs.stream().mapToDouble(RunRecord::costUsd).average().orElse(Double.MAX_VALUE);
    }
}
