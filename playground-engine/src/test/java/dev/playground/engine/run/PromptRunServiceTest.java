package dev.playground.engine.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.context.ContextRetriever;
import dev.playground.engine.context.RetrievedContext;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PromptRunServiceTest {
    private OpenAiWireServer server;
    private final List<RunRecord> runLog = new CopyOnWriteArrayList<>();
    private final List<String> queries = new ArrayList<>();
    private PromptRunService service;
    private Connection connection;

    @BeforeEach
    void setUp() {
        server = OpenAiWireServer.start();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(5))), GatewayPolicy.DEFAULT, runLog::add, PriceTable::defaults);
        ContextRetriever documents = (settings, values, fallbackQuery) -> {
            queries.add(fallbackQuery);
            if (settings.collection().equals("missing")) throw new java.io.IOException("The collection 'missing' does not exist");
            return new RetrievedContext(fallbackQuery, "[1] notes.md, part 1: Paris is the capital.", List.of(new SearchHit(1, "c1", "/docs/notes.md",
                    "notes.md", "md", 0, "", 0, "Paris is the capital.", 1.0, 1, 0.9, 1, 0.03, List.of(), List.of())));
        };
        service = new PromptRunService(new TemplateRenderer(), gateway, documents, new CurrentThreadTaskExecutor());
        connection = new Connection("local", "Local", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "", "m");
    }

    @AfterEach
    void tearDown() {
        server.close();
    }

    @Test
    void retrieval_fills_context_then_the_answer_streams_and_the_run_is_logged() throws Exception {
        server.enqueue(ScriptedReply.stream("Paris ", "[1]."));
        PromptTemplate template = PromptTemplate.systemAndUser("Answer from: {{context}}", "Capital of {{country}}?");
        List<String> tokens = new CopyOnWriteArrayList<>();
        List<RetrievedContext> contexts = new CopyOnWriteArrayList<>();

        RunOutcome outcome = service.start(new PromptRunRequest(template, Map.of("country", "France"),
                        new RetrievalSettings("geo", "", 3, null, null), connection, "small-model", ModelSettings.of(0.2, 50), "capitals"),
                new RunListener() {
                    @Override
                    public void onContext(RetrievedContext context) {
                        contexts.add(context);
                    }

                    @Override
                    public void onToken(String token) {
                        tokens.add(token);
                    }
                }).outcome().get(10, TimeUnit.SECONDS);

        assertThat(queries).containsExactly("Capital of France?");
        assertThat(contexts).hasSize(1);
        assertThat(String.join("", tokens)).isEqualTo("Paris [1].");
        assertThat(outcome.failed()).isFalse();
        assertThat(outcome.result().text()).isEqualTo("Paris [1].");
        assertThat(outcome.context().chunks()).extracting(SearchHit::fileName).containsExactly("notes.md");
        var sent = server.lastRequest().body();
        assertThat(sent.path("model").asText()).isEqualTo("small-model");
        assertThat(sent.path("temperature").asDouble()).isEqualTo(0.2);
        assertThat(sent.path("messages").get(0).path("content").asText()).contains("Paris is the capital.");
        assertThat(runLog).singleElement().satisfies(run -> assertThat(run.promptName()).isEqualTo("capitals"));
    }

    @Test
    void a_missing_variable_stops_the_run_before_anything_is_sent() {
        PromptTemplate template = PromptTemplate.systemAndUser("", "Capital of {{country}}?");

        PromptRun run = service.start(new PromptRunRequest(template, Map.of(), null, connection, "m", null, ""), RunListener.NONE);

        assertThatThrownBy(() -> run.outcome().get(10, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(MissingVariablesException.class);
        assertThat(server.requests()).isEmpty();
        assertThat(queries).isEmpty();
    }

    @Test
    void blank_messages_are_left_out_and_an_all_blank_prompt_is_refused() throws Exception {
        server.enqueue(ScriptedReply.stream("ok"));
        service.start(new PromptRunRequest(PromptTemplate.systemAndUser("  ", "Hi"), Map.of(), null, connection, "m", null, ""),
                RunListener.NONE).outcome().get(10, TimeUnit.SECONDS);
        assertThat(server.lastRequest().body().path("messages")).hasSize(1);

        PromptRun blank = service.start(new PromptRunRequest(PromptTemplate.systemAndUser("", " "), Map.of(), null, connection, "m", null, ""),
                RunListener.NONE);
        assertThatThrownBy(() -> blank.outcome().get(10, TimeUnit.SECONDS)).hasCauseInstanceOf(RunProblem.class);
    }

    @Test
    void a_failing_retrieval_is_a_run_problem_that_says_why() {
        PromptRun run = service.start(new PromptRunRequest(PromptTemplate.systemAndUser("{{context}}", "Hi"), Map.of(),
                new RetrievalSettings("missing", "", 3, null, null), connection, "m", null, ""), RunListener.NONE);

        assertThatThrownBy(() -> run.outcome().get(10, TimeUnit.SECONDS)).cause().isInstanceOf(RunProblem.class)
                .hasMessageContaining("does not exist");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void a_broken_stream_keeps_the_partial_answer() throws Exception {
        server.enqueue(ScriptedReply.cutAfter(2, "one ", "two ", "three"));

        RunOutcome outcome = service.start(new PromptRunRequest(PromptTemplate.systemAndUser("", "Count"), Map.of(), null,
                connection, "m", null, ""), RunListener.NONE).outcome().get(10, TimeUnit.SECONDS);

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.result().text()).isEqualTo("one two ");
    }
}
