package dev.playground.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.playground.engine.judge.BuiltInRubrics;
import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.metrics.ExactMatchMetric;
import dev.playground.engine.metrics.RougeMetric;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ComparisonRunnerTest {
    private static final PromptTemplate PROMPT = PromptTemplate.systemAndUser("Be brief.", "Greet {{ name }}.");

    private OpenAiWireServer models;
    private OpenAiWireServer judgeServer;
    private OpenAiWireServer broken;
    private VirtualThreadTaskExecutor executor;
    private ComparisonRunner runner;
    private Connection local;

    @BeforeEach
    void start() {
        models = OpenAiWireServer.start();
        judgeServer = OpenAiWireServer.start();
        broken = OpenAiWireServer.start();
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        ContextRetriever retriever = (settings, values) -> "[1] greetings.md: say hello to " + values.get("name");
        runner = new ComparisonRunner(gateway, new TemplateRenderer(), executor, CostModel.perMillionTokens(1.0, 2.0), retriever);
        local = Connection.openAiCompatible("local", "Local", models.baseUrl(), "", "model-a");
    }

    @AfterEach
    void stop() {
        executor.close();
        models.close();
        judgeServer.close();
        broken.close();
    }

    private Variant variant(String id, String model) {
        return new Variant(id, null, PROMPT, "draft", local, model, ModelSettings.of(0.2, 100), null);
    }

    private static List<VariableRow> rows() {
        return List.of(new VariableRow("r1", "Ana", Map.of("name", "Ana"), OpenAiWireServer.DEFAULT_ANSWER),
                new VariableRow("r2", "Luis", Map.of("name", "Luis"), "Hola Luis"));
    }

    @Test
    void every_call_is_logged_under_the_prompt_and_version_its_variant_names() throws Exception {
        List<dev.playground.engine.runlog.RunRecord> logged = new CopyOnWriteArrayList<>();
        TokenCounter tokens = new TokenCounter();
        ModelGateway logging = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10))),
                dev.playground.engine.provider.GatewayPolicy.DEFAULT, logged::add, dev.playground.engine.tokens.PriceTable::defaults);
        ComparisonRunner loggingRunner = new ComparisonRunner(logging, new TemplateRenderer(), executor, CostModel.perMillionTokens(1.0, 2.0),
                (settings, values) -> "");
        Variant saved = new Variant("a", null, PROMPT, "support-bot@3", local, "model-a", ModelSettings.of(0.2, 100), null);
        Variant named = new Variant("b", null, PROMPT, "greeting", local, "model-b", ModelSettings.of(0.2, 100), null);
        Variant unnamed = variant("c", "model-c");

        loggingRunner.runAll(new Comparison("t", List.of(saved, named, unnamed), rows().subList(0, 1), 1, ScoringPlan.NONE), ComparisonListener.NONE)
                .done().get(20, TimeUnit.SECONDS);

        assertThat(logged).extracting(r -> r.model() + "=" + r.promptName())
                .containsExactlyInAnyOrder("model-a=support-bot@3", "model-b=greeting", "model-c=");
    }

    @Test
    void every_cell_streams_and_is_scored_and_priced() throws Exception {
        Comparison comparison = new Comparison("t", List.of(variant("a", "model-a"), variant("b", "model-b"), variant("c", "model-c")), rows(), 1,
                new ScoringPlan(List.of(new ExactMatchMetric(), new RougeMetric(RougeMetric.Variant.ROUGE_L)), List.of(), null));
        Map<CellKey, StringBuilder> streamed = new ConcurrentHashMap<>();
        List<CellResult> finished = new CopyOnWriteArrayList<>();
        ComparisonListener listener = new ComparisonListener() {
            @Override
            public void onToken(CellKey cell, int sample, String token) {
                streamed.computeIfAbsent(cell, k -> new StringBuilder()).append(token);
            }

            @Override
            public void onCellFinished(CellResult result) {
                finished.add(result);
            }
        };

        List<CellResult> results = runner.runAll(comparison, listener).done().get(20, TimeUnit.SECONDS);

        assertThat(results).hasSize(6);
        assertThat(finished).hasSize(6);
        assertThat(models.requests()).extracting(OpenAiWireServer.RecordedRequest::model).containsExactlyInAnyOrder(
                "model-a", "model-a", "model-b", "model-b", "model-c", "model-c");
        for (CellResult cell : results) {
            SampleResult sample = cell.first().orElseThrow();
            assertThat(sample.failed()).isFalse();
            assertThat(sample.output()).isEqualTo(OpenAiWireServer.DEFAULT_ANSWER);
            assertThat(streamed.get(cell.key()).toString()).isEqualTo(sample.output());
            assertThat(sample.timeToFirstToken()).isNotNull();
            assertThat(sample.finishReason()).isEqualTo("stop");
            double expectedCost = (sample.usage().inputTokens() * 1.0 + sample.usage().outputTokens() * 2.0) / 1_000_000;
            assertThat(sample.costUsd()).isCloseTo(expectedCost, within(1e-12));
            boolean exactRow = cell.key().rowId().equals("r1");
            assertThat(sample.score("exact").orElseThrow().passed()).isEqualTo(exactRow);
            assertThat(sample.score("rouge-l").orElseThrow().value()).isEqualTo(exactRow ? 1.0 : 0.0);
        }
        assertThat(models.requests().stream().map(r -> r.body().path("messages").get(1).path("content").asText()))
                .contains("Greet Ana.", "Greet Luis.");
    }

    @Test
    void a_failing_variant_never_stops_the_others() throws Exception {
        broken.enqueue(Reply.error(404, "The model 'nope' does not exist")).enqueue(Reply.error(404, "The model 'nope' does not exist"));
        Variant badServer = new Variant("bad", "Broken", PROMPT, "draft",
                Connection.openAiCompatible("b", "Broken", broken.baseUrl(), "", "nope"), "nope", ModelSettings.of(0.0, 50), null);
        Variant badTemplate = new Variant("tpl", "Bad template", PromptTemplate.systemAndUser("", "Hi {{ missing }}"), "draft", local, "m", null, null);
        models.enqueue(Reply.cutAfter(2, "Hola ", "Ana", " y más"));
        Comparison comparison = new Comparison("t", List.of(variant("ok", "model-ok"), badServer, badTemplate),
                List.of(new VariableRow("r1", null, Map.of("name", "Ana"), "")), 1, null);

        Map<String, SampleResult> byVariant = new ConcurrentHashMap<>();
        runner.runAll(comparison, ComparisonListener.NONE).done().get(20, TimeUnit.SECONDS)
                .forEach(cell -> byVariant.put(cell.key().variantId(), cell.first().orElseThrow()));

        // The only scripted reply on the good server is cut mid-stream: the partial text is kept.
        assertThat(byVariant.get("ok").failed()).isTrue();
        assertThat(byVariant.get("ok").output()).isEqualTo("Hola Ana");
        assertThat(byVariant.get("bad").error()).isNotBlank().doesNotContain("Exception");
        assertThat(byVariant.get("tpl").error()).contains("Bad template").contains("missing");
    }

    @Test
    void metrics_that_need_an_expected_answer_are_left_out_of_a_row_without_one() throws Exception {
        models.enqueue(Reply.stream("Hi Ana"));
        Comparison comparison = new Comparison("t", List.of(variant("a", "model-a")), List.of(new VariableRow("r1", null, Map.of("name", "Ana"), " ")), 1,
                new ScoringPlan(List.of(new ExactMatchMetric(), new RougeMetric(RougeMetric.Variant.ROUGE_L), new dev.playground.engine.metrics.ContainsMetric("Ana", false)), List.of(), null));

        SampleResult sample = runner.runAll(comparison, ComparisonListener.NONE).done().get(20, TimeUnit.SECONDS).get(0).first().orElseThrow();

        assertThat(sample.scores()).extracting(dev.playground.engine.metrics.Score::name).containsExactly("contains:Ana");
    }

    @Test
    void samples_per_cell_give_a_spread_and_judges_score_each_sample() throws Exception {
        models.enqueue(Reply.stream("Hi Ana")).enqueue(Reply.stream("Hello Ana")).enqueue(Reply.stream("Hi Ana"));
        for (int i = 0; i < 3; i++) judgeServer.enqueue(Reply.stream("{\"score\": 4, \"reasoning\": \"Friendly and on topic.\"}"));
        Connection judgeConnection = Connection.openAiCompatible("judge", "Judge", judgeServer.baseUrl(), "", "judge-model");
        Comparison comparison = new Comparison("t", List.of(variant("a", "model-a")), List.of(new VariableRow("r1", null, Map.of("name", "Ana"), "Hi Ana")), 3,
                new ScoringPlan(List.of(new ExactMatchMetric()), List.of(BuiltInRubrics.get("relevance")), new JudgeModel(judgeConnection, "judge-model")));

        CellResult cell = runner.runAll(comparison, ComparisonListener.NONE).done().get(20, TimeUnit.SECONDS).get(0);

        assertThat(cell.samples()).hasSize(3).extracting(SampleResult::index).containsExactly(0, 1, 2);
        assertThat(cell.distinctOutputs()).isEqualTo(2);
        Spread exact = cell.scoreSpreads().get("exact");
        // two of three samples are exactly "Hi Ana": values 1, 1, 0 -> mean 2/3, sample sd sqrt(1/3)
        assertThat(exact.mean()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(exact.stdDev()).isCloseTo(Math.sqrt(1.0 / 3), within(1e-12));
        assertThat(cell.scoreSpreads().get("judge:relevance").mean()).isEqualTo(4.0);
        assertThat(cell.samples()).allSatisfy(s -> assertThat(s.score("judge:relevance").orElseThrow().detail()).isEqualTo("Friendly and on topic."));
        assertThat(cell.latencyMillis()).isPresent();
        assertThat(judgeServer.requests()).hasSize(3);
    }

    @Test
    void each_sample_knows_its_run_log_entry_and_the_judges_verdict_is_kept_with_it() throws Exception {
        dev.playground.testkit.KeptRunLog log = new dev.playground.testkit.KeptRunLog();
        TokenCounter tokens = new TokenCounter();
        ModelGateway logging = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10))),
                dev.playground.engine.provider.GatewayPolicy.DEFAULT, log, dev.playground.engine.tokens.PriceTable::defaults);
        ComparisonRunner loggingRunner = new ComparisonRunner(logging, new TemplateRenderer(), executor, CostModel.perMillionTokens(1.0, 2.0),
                (settings, values) -> "");
        models.enqueue(Reply.stream("Hi Ana")).enqueue(Reply.stream("Hello Ana"));
        judgeServer.enqueue(Reply.stream("{\"score\": 4, \"reasoning\": \"Friendly.\"}"))
                .enqueue(Reply.stream("{\"score\": 2, \"reasoning\": \"Off topic.\"}"));
        Connection judgeConnection = Connection.openAiCompatible("judge", "Judge", judgeServer.baseUrl(), "", "judge-model");
        Comparison comparison = new Comparison("t", List.of(variant("a", "model-a")), List.of(new VariableRow("r1", null, Map.of("name", "Ana"), "")), 2,
                new ScoringPlan(List.of(), List.of(BuiltInRubrics.get("relevance")), new JudgeModel(judgeConnection, "judge-model")));

        CellResult cell = loggingRunner.runAll(comparison, ComparisonListener.NONE).done().get(20, TimeUnit.SECONDS).get(0);

        List<String> ids = cell.samples().stream().map(SampleResult::runId).toList();
        assertThat(ids).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(log.records).extracting(dev.playground.engine.runlog.RunRecord::id).containsAll(ids);
        assertThat(log.verdicts).containsOnlyKeys(ids);
        for (SampleResult sample : cell.samples()) {
            var verdict = log.verdicts.get(sample.runId()).getFirst();
            double grade = sample.score("judge:relevance").orElseThrow().value();
            assertThat(verdict.judge()).isEqualTo("relevance");
            assertThat(verdict.score()).as("a 1-5 grade kept as 0-1").isEqualTo((grade - 1) / 4);
            assertThat(verdict.passed()).isEqualTo(grade >= 4);
        }
    }

    @Test
    void retrieval_fills_context_for_the_prompt_and_the_judge() throws Exception {
        PromptTemplate withContext = PromptTemplate.systemAndUser("Use only: {{ context }}", "Greet {{ name }}.");
        Variant on = new Variant("on", null, withContext, "draft", local, "m", null, new RetrievalSettings("docs", "name", 3, null, null));
        Comparison comparison = new Comparison("t", List.of(on), List.of(new VariableRow("r1", null, Map.of("name", "Ana"), "")), 1, null);

        SampleResult sample = runner.runAll(comparison, ComparisonListener.NONE).done().get(20, TimeUnit.SECONDS).get(0).first().orElseThrow();

        assertThat(sample.context()).isEqualTo("[1] greetings.md: say hello to Ana");
        assertThat(models.lastRequest().body().path("messages").get(0).path("content").asText()).isEqualTo("Use only: [1] greetings.md: say hello to Ana");
    }

    @Test
    void cancel_stops_streaming_cells() throws Exception {
        models.enqueue(Reply.streamWithDelays(0, 200, "a ", "b ", "c ", "d ", "e ", "f ", "g ", "h ", "i ", "j "));
        Comparison comparison = new Comparison("t", List.of(variant("a", "m")), List.of(new VariableRow("r1", null, Map.of("name", "Ana"), "")), 1, null);
        java.util.concurrent.CountDownLatch firstToken = new java.util.concurrent.CountDownLatch(1);
        ComparisonRun run = runner.runAll(comparison, new ComparisonListener() {
            @Override
            public void onToken(CellKey cell, int sample, String token) {
                firstToken.countDown();
            }
        });
        assertThat(firstToken.await(10, TimeUnit.SECONDS)).isTrue();

        run.cancel();

        SampleResult sample = run.done().get(10, TimeUnit.SECONDS).get(0).first().orElseThrow();
        assertThat(sample.error()).isEqualTo("Stopped by you.");
        assertThat(sample.output()).startsWith("a ");
    }
}
