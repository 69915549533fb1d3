package dev.playground.ui.study;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabFinding;
import dev.playground.engine.study.LabResult;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.ui.common.UiThread;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** "Check my work" with the synchronous executor and a checker that records what it was handed. */
class LabCheckViewModelTest {
    private final List<LabAttempt> attempts = new ArrayList<>();
    private PlaygroundSnapshot playground = PlaygroundSnapshot.EMPTY;
    private LabChecker checker = (labs, lab, attempt) -> {
        attempts.add(attempt);
        return new LabResult(lab.id(), List.of(new LabFinding("answer correctness", true, "right: yes")));
    };
    private LabCheckViewModel checks;

    @BeforeEach
    void setUp() {
        UiThread.standInOnThisThread();
        StudySetup setup = new StudySetup(new CurrentThreadTaskExecutor(), new StudyFakes.MemoryLog(), () -> StudyFakes.BANK,
                () -> StudyFakes.LABS, new StudyFakes.HandClock(), ZoneOffset.UTC, new StudyFakes.HandTicker(), () -> new Random(1),
                new StudyFakes.OpenedLabs(), (labs, lab, attempt) -> checker.check(labs, lab, attempt), () -> playground);
        StudyViewModel study = new StudyViewModel(setup, Locale.ENGLISH);
        study.load();
        checks = study.lessons().checks();
    }

    @AfterEach
    void tearDown() {
        UiThread.endStandIn();
    }

    private static Lab lab(String id) {
        return StudyFakes.LABS.lab(id).orElseThrow();
    }

    @Test
    void the_answers_given_go_to_the_checker_and_the_result_is_kept_by_lab() {
        Lab judges = lab("lab-6-judges-ground-truth");
        assertThat(checks.questions(judges)).containsExactly("correctness", "groundedness", "relevance", "sufficiency");
        checks.setAnswer(judges, "correctness", " yes ");
        checks.setAnswer(judges, "groundedness", "");
        checks.check(judges);
        assertThat(attempts).singleElement().satisfies(a -> {
            assertThat(a.answers()).containsExactlyEntriesOf(java.util.Map.of("correctness", "yes"));
            assertThat(a.prompt()).isNull();
        });
        LabCheckViewModel.State state = checks.states().get(judges.id());
        assertThat(state.running()).isFalse();
        assertThat(state.result().passed()).isTrue();
    }

    @Test
    void a_lab_that_runs_a_model_asks_for_a_connection_first() {
        checks.check(lab("lab-1-route-to-agent-bricks"));
        assertThat(attempts).isEmpty();
        assertThat(checks.states().get("lab-1-route-to-agent-bricks").problem()).isEqualTo("study.labCheck.noConnection");
    }

    @Test
    void the_playgrounds_prompt_is_checked_only_when_it_is_the_labs_starter() {
        Connection connection = Connection.openAiCompatible("c", "C", "http://127.0.0.1:9", "KEY", "m");
        PromptDocument mine = PromptDocument.of(dev.playground.engine.prompt.PromptTemplate.systemAndUser("Pick one code.", "{{ request }}"));
        playground = new PlaygroundSnapshot("brick-router", mine, connection, "small-model");
        checks.check(lab("lab-1-route-to-agent-bricks"));
        playground = new PlaygroundSnapshot("something-else", mine, connection, "");
        checks.check(lab("lab-1-route-to-agent-bricks"));
        assertThat(attempts).extracting(LabAttempt::prompt).containsExactly(mine, null);
        assertThat(attempts.getFirst().model()).isEqualTo("small-model");
        assertThat(attempts.getFirst().connection()).isEqualTo(connection);
    }

    @Test
    void a_window_without_a_checker_and_a_failing_check_say_so_in_words() {
        checker = LabChecker.UNAVAILABLE;
        checks.check(lab("lab-6-judges-ground-truth"));
        assertThat(checks.states().get("lab-6-judges-ground-truth").problem()).isEqualTo("study.labCheck.unavailable");
        checker = (labs, lab, attempt) -> {
            throw new IllegalStateException("the handbook could not be indexed");
        };
        checks.check(lab("lab-6-judges-ground-truth"));
        LabCheckViewModel.State state = checks.states().get("lab-6-judges-ground-truth");
        assertThat(List.of(state.problem(), state.detail())).containsExactly("study.labCheck.failed", "the handbook could not be indexed");
    }
}
