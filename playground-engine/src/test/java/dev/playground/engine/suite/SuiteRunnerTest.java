package dev.playground.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.run.PromptRunService;
import dev.playground.engine.task.InFlightCalls;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SuiteRunnerTest {
    private OpenAiWireServer server;
    private ModelGateway gateway;
    private SuiteRunner runner;
    private final SuiteRunRepository repository = SuiteRunRepository.inMemory();
    private final InFlightCalls inFlight = new InFlightCalls();
    private final VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
    private Connection connection;

    @BeforeEach
    void setUp() {
        server = OpenAiWireServer.start();
        server.respondWith(SuiteRunnerTest::echo);
        gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))),
                GatewayPolicy.DEFAULT.withLimits(8, 0), run -> {}, PriceTable::defaults, inFlight);
        PromptRunService runs = new PromptRunService(new TemplateRenderer(), gateway, (s, v, q) -> null, executor);
        runner = new SuiteRunner(runs, null, Optional::empty, (request, result) -> 0.001, inFlight, repository);
        connection = new Connection("local", "Local", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "m");
    }

    @AfterEach
    void tearDown() {
        server.close();
        executor.close();
    }

    /** Answers with the user's message in capitals, so every row has an answer of its own whatever the order. */
    private static ScriptedReply echo(JsonNode body) {
        JsonNode messages = body.path("messages");
        return ScriptedReply.stream(messages.get(messages.size() - 1).path("content").asText().toUpperCase(java.util.Locale.ROOT));
    }

    private SuitePlan plan(int rows, int repeat, int concurrency) throws Exception {
        List<DatasetRow> data = new ArrayList<>();
        for (int i = 0; i < rows; i++) data.add(DatasetRow.of(Map.of("word", "w" + i)));
        PromptDocument document = PromptDocument.of(PromptTemplate.systemAndUser("", "say {{word}}"));
        SuiteVariant variant = new SuiteVariant(0, "echo", "echo", document, connection, "m", ModelSettings.of(0.0, 20), "echo");
        List<List<SuiteAssertion>> rowAsserts = new ArrayList<>();
        for (int i = 0; i < rows; i++) rowAsserts.add(List.of(SuiteAssertion.read(Map.of("type", "contains", "value", "W" + i), "row")));
        List<SuiteAssertion> asserts = List.of(SuiteAssertion.read(Map.of("type", "not-contains", "value", "W3"), "suite"));
        return new SuitePlan("echo", "test", List.of(variant), data, Map.of(), asserts, rowAsserts, null, null, repeat, concurrency, "", List.of());
    }

    @Test
    void each_cell_knows_its_run_log_entry_and_the_judges_verdict_is_kept_with_it() throws Exception {
        dev.playground.testkit.KeptRunLog log = new dev.playground.testkit.KeptRunLog();
        ModelGateway logging = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(new TokenCounter(), Duration.ofSeconds(5))),
                GatewayPolicy.DEFAULT, log, PriceTable::defaults, inFlight);
        OpenAiWireServer judgeServer = OpenAiWireServer.start();
        try {
            // The judge passes the answer to the first row and fails the other.
            judgeServer.respondWith(body -> ScriptedReply.stream(body.toString().contains("W0") ? "{\"verdict\": \"pass\", \"reasoning\": \"Polite.\"}"
                    : "{\"verdict\": \"fail\", \"reasoning\": \"Rude.\"}"));
            Connection judgeConnection = new Connection("judge", "Judge", ProviderKind.OPENAI_COMPATIBLE, judgeServer.baseUrl(), "", "j");
            PromptRunService runs = new PromptRunService(new TemplateRenderer(), logging, (s, v, q) -> null, executor);
            SuiteRunner judged = new SuiteRunner(runs, new dev.playground.engine.judge.LlmJudge(logging, new TemplateRenderer()), Optional::empty,
                    (request, result) -> null, inFlight, repository);
            SuitePlan base = plan(2, 1, 1);
            SuitePlan plan = new SuitePlan(base.suiteName(), base.source(), base.variants(), base.rows(), base.defaultVars(),
                    List.of(SuiteAssertion.read(Map.of("type", "llm-rubric", "value", "is polite", "metric", "polite"), "suite")),
                    base.rowAsserts(), null, new dev.playground.engine.judge.LlmJudge.JudgeModel(judgeConnection, "j"), 1, 1, "", List.of());

            SuiteReport report = judged.start(plan, new SuiteListener() {}, false).report().get(30, TimeUnit.SECONDS);

            assertThat(report.cells()).hasSize(2).allSatisfy(cell -> {
                assertThat(cell.runId()).isNotNull();
                assertThat(log.records).extracting(dev.playground.engine.runlog.RunRecord::id).contains(cell.runId());
                var verdict = log.verdicts.get(cell.runId()).getFirst();
                assertThat(verdict.judge()).isEqualTo("polite");
                assertThat(verdict.passed()).isEqualTo(cell.row() == 0);
                assertThat(verdict.score()).isEqualTo(cell.row() == 0 ? 1.0 : 0.0);
            });
            assertThat(SuiteCellJson.read(SuiteCellJson.write(report.cells().getFirst())).runId()).isEqualTo(report.cells().getFirst().runId());
        } finally {
            judgeServer.close();
        }
    }

    @Test
    void a_pii_assertion_fails_the_row_whose_answer_holds_an_email_and_the_reports_say_why() throws Exception {
        List<DatasetRow> data = List.of(DatasetRow.of(Map.of("word", "hello")), DatasetRow.of(Map.of("word", "ana@example.com")));
        PromptDocument document = PromptDocument.of(PromptTemplate.systemAndUser("", "say {{word}}"));
        SuiteVariant variant = new SuiteVariant(0, "echo", "echo", document, connection, "m", ModelSettings.of(0.0, 20), "echo");
        List<SuiteAssertion> asserts = List.of(SuiteAssertion.read(Map.of("type", "pii"), "suite"),
                SuiteAssertion.read(Map.of("type", "not-injection"), "suite"));
        List<List<SuiteAssertion>> rowAsserts = List.of(List.of(), List.of());
        SuitePlan plan = new SuitePlan("echo", "test", List.of(variant), data, Map.of(), asserts, rowAsserts, null, null, 1, 1, "", List.of());
        SuiteReport report = runner.start(plan, new SuiteListener() {}, false).report().get(30, TimeUnit.SECONDS);
        assertThat(report.total()).isEqualTo(2);
        assertThat(report.cells()).allSatisfy(c -> assertThat(c.assertions()).filteredOn(a -> a.code().equals("not-injection"))
                .singleElement().satisfies(a -> assertThat(a.isPassed()).isFalse()));
        SuiteCell leaked = report.cells().stream().filter(c -> c.row() == 1).findFirst().orElseThrow();
        assertThat(leaked.assertions()).filteredOn(a -> a.code().equals("pii")).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("EMAIL \"ANA@EXAMPLE.COM\" at 4-19"));
        assertThat(report.cells().stream().filter(c -> c.row() == 0).findFirst().orElseThrow().assertions())
                .filteredOn(a -> a.code().equals("pii")).singleElement().satisfies(a -> assertThat(a.isPassed()).isTrue());
        assertThat(SuiteJUnitXml.write(report)).contains("pii: 1 finding (personal data): EMAIL").contains("ANA@EXAMPLE.COM").contains("at 4-19");
        assertThat(SuiteMarkdown.write(report, null, null)).contains("ANA@EXAMPLE.COM");
    }

    @Test
    void every_cell_runs_once_with_its_assertions_and_progress() throws Exception {
        List<Integer> progress = new CopyOnWriteArrayList<>();
        SuiteRun run = runner.start(plan(6, 1, 3), new SuiteListener() {
            @Override
            public void onCell(SuiteCell cell, int done, int total) {
                progress.add(done);
            }
        }, false);
        SuiteReport report = run.report().get(30, TimeUnit.SECONDS);
        assertThat(report.total()).isEqualTo(6);
        assertThat(report.passedCount()).isEqualTo(5);
        assertThat(report.failures()).singleElement().satisfies(c -> assertThat(c.row()).isEqualTo(3));
        assertThat(report.cells().getFirst().output()).isEqualTo("SAY W0");
        assertThat(progress).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6);
        assertThat(server.requests()).hasSize(6);
        assertThat(report.passes(null)).isFalse();
        assertThat(report.passes(0.8)).isTrue();
        assertThat(report.namedScores()).containsEntry("contains", 1.0);
        assertThat(inFlight.size()).isZero();
    }

    @Test
    void repeats_are_samples_of_their_own_and_stability_is_reported() throws Exception {
        gateway.setPolicy("local", gateway.policy("local").withCache(true));
        SuiteReport report = runner.start(plan(2, 3, 2), SuiteListener.NONE, false).report().get(30, TimeUnit.SECONDS);
        assertThat(report.total()).isEqualTo(6);
        assertThat(server.requests()).hasSize(6);
        assertThat(report.stability()).containsEntry("0/0", 1.0).containsEntry("1/0", 1.0);
    }

    @Test
    void resume_runs_only_the_cells_an_interrupted_run_did_not_finish() throws Exception {
        SuitePlan plan = plan(4, 1, 2);
        long earlier = repository.begin("echo", plan.fingerprint(), plan.cellCount());
        repository.saveCell(earlier, new SuiteCell(0, 0, 0, SuiteCell.Status.PASS, "SAY W0", 1, List.of(), "", "", 5, null, 1, 1, false));
        repository.saveCell(earlier, new SuiteCell(1, 0, 0, SuiteCell.Status.PASS, "SAY W1", 1, List.of(), "", "", 5, null, 1, 1, false));
        SuiteReport report = runner.start(plan, SuiteListener.NONE, true).report().get(30, TimeUnit.SECONDS);
        assertThat(report.total()).isEqualTo(4);
        assertThat(server.requests()).hasSize(2);
        assertThat(repository.unfinished(plan.fingerprint())).isEmpty();
    }

    @Test
    void cancel_stops_the_calls_and_keeps_what_finished() throws Exception {
        server.respondWith(body -> ScriptedReply.streamWithDelays(20_000, 0, "late"));
        SuiteRun run = runner.start(plan(3, 1, 3), SuiteListener.NONE, false);
        assertThat(server.awaitRequests(3, Duration.ofSeconds(20))).isTrue();
        run.cancel();
        SuiteReport report = run.report().get(20, TimeUnit.SECONDS);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.passes(null)).isFalse();
        assertThat(repository.unfinished(plan(3, 1, 3).fingerprint())).isPresent();
    }
}
