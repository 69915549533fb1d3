package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.compare.AgreementMatrix;
import dev.playground.engine.compare.JudgeAgreements;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.monitor.MonitorQuery;
import dev.playground.engine.monitor.MonitorService;
import dev.playground.engine.runlog.JudgeVerdict;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.engine.suite.SuiteHistory;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judge verdicts kept per call beside people's feedback (V53), and the history of suite runs per prompt. */
class JudgeFeedbackAndHistoryTest {
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir Path dir;
    private LocalStore store;

    protected LocalStore open(Path folder) {
        return LocalStore.open(folder);
    }

    @BeforeEach
    void openStore() {
        store = open(dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static RunRecord run(String id, String prompt) {
        return new RunRecord(id, AT, "c", "Loopback", ProviderKind.OPENAI_COMPATIBLE, "m", prompt, ModelSettings.DEFAULTS,
                List.of(new RenderedMessage(Role.USER, "Capital of Peru?")), "Lima", "stop", RunStatus.OK, 5, 1, true,
                Duration.ofMillis(5), Duration.ofMillis(10), null, "", false, null, 1);
    }

    @Test
    void verdicts_meet_feedback_per_judge_and_the_monitor_reads_their_mean() {
        RunRepository runs = store.runs();
        for (String id : List.of("a", "b", "c", "d")) runs.record(run(id, "capitals"));
        runs.record(run("other", "greeter"));
        assertThat(runs.judged("a", List.of(new JudgeVerdict("tone", true, 1.0), new JudgeVerdict("facts", true, Double.NaN)))).isTrue();
        runs.judged("b", List.of(new JudgeVerdict("tone", true, 0.75), new JudgeVerdict("facts", false, Double.NaN)));
        runs.judged("c", List.of(new JudgeVerdict("tone", false, 0.0)));
        runs.judged("d", List.of(new JudgeVerdict("tone", false, 0.25)));
        runs.judged("other", List.of(new JudgeVerdict("tone", true, 1.0)));
        // Judged again: the later verdict replaces the earlier one of the same judge.
        runs.judged("d", List.of(new JudgeVerdict("tone", true, 0.5)));
        runs.feedback("a", 1, 0);
        runs.feedback("b", -1, 0);
        runs.feedback("c", 0, 5);
        runs.feedback("other", -1, 0);
        assertThat(runs.judged("missing", List.of(new JudgeVerdict("tone", true, 1.0)))).isFalse();

        Map<String, AgreementMatrix> capitals = JudgeAgreements.perJudge(runs.judgedWithFeedback("capitals"));
        assertThat(capitals).containsOnlyKeys("facts", "tone");
        AgreementMatrix tone = capitals.get("tone");
        assertThat(List.of(tone.bothPass(), tone.judgePassPersonFail(), tone.judgeFailPersonPass(), tone.bothFail())).containsExactly(1, 1, 1, 0);
        assertThat(JudgeAgreements.perJudge(runs.judgedWithFeedback("")).get("tone").compared()).as("every prompt").isEqualTo(4);

        var figures = new MonitorService(store.monitor()).report(new MonitorQuery(AT.minusSeconds(60), AT.plusSeconds(60), null, false)).overall();
        assertThat(figures.judged()).isEqualTo(5);
        // a: (1 + 1) / 2, b: (0.75 + 0) / 2, c: 0, d: 0.5 (replaced), other: 1
        assertThat(figures.meanJudgeScore()).isEqualTo((1.0 + 0.375 + 0 + 0.5 + 1) / 5);
    }

    @Test
    void the_history_keeps_each_variant_of_each_run_oldest_first() {
        SuiteHistory history = store.suiteHistory();
        history.keep(List.of(
                new SuiteHistory.Entry("run-2", 0, "capitals", "capitals", 2, "", "capitals/2 · m", AT.plusSeconds(60), 4, 3, 0, Map.of("exact", 0.75)),
                new SuiteHistory.Entry("run-2", 1, "capitals", "capitals", 3, "champion", "capitals@champion · m", AT.plusSeconds(60), 4, 4, 0,
                        Map.of("exact", 1.0, "judge", 0.875))));
        history.keep(List.of(new SuiteHistory.Entry("run-1", 0, "capitals", "capitals", 1, "", "capitals/1 · m", AT, 4, 1, 1, Map.of("exact", 0.25))));
        history.keep(List.of(new SuiteHistory.Entry("run-3", 0, "hello", "greeter", 1, "", "greeter/1", AT, 2, 2, 0, Map.of())));

        List<SuiteHistory.Entry> capitals = history.of("capitals");

        assertThat(capitals).extracting(SuiteHistory.Entry::version).containsExactly(1, 2, 3);
        assertThat(capitals.get(0).passRate()).isEqualTo(0.25);
        assertThat(capitals.get(0).errors()).isEqualTo(1);
        assertThat(capitals.get(2).alias()).isEqualTo("champion");
        assertThat(capitals.get(2).metrics()).containsEntry("judge", 0.875).containsEntry("exact", 1.0);
        assertThat(capitals.get(1).finishedAt()).isEqualTo(AT.plusSeconds(60));
        assertThat(history.of("nobody")).isEmpty();
    }
}
