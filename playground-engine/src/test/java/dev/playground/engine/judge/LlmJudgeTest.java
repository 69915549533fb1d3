package dev.playground.engine.judge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.OpenAiWireServer.Reply;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LlmJudgeTest {
    private OpenAiWireServer server;
    private LlmJudge judge;
    private JudgeModel judgeModel;
    private final JudgeInput input = new JudgeInput("¿Cuál es la capital de Francia?", "París.", "[1] geo.md: París es la capital de Francia.", "París");

    @BeforeEach
    void start() {
        server = OpenAiWireServer.start();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        judge = new LlmJudge(gateway, new TemplateRenderer());
        judgeModel = new JudgeModel(Connection.openAiCompatible("judge", "Judge", server.baseUrl(), "", "judge-model"), "judge-model");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Score run(Rubric rubric) throws Exception {
        return judge.judge(rubric, input, judgeModel).get(10, TimeUnit.SECONDS);
    }

    @Test
    void reads_a_score_and_reasoning_and_sends_the_filled_rubric() throws Exception {
        server.enqueue(Reply.stream("{\"score\": 5, ", "\"reasoning\": \"Matches the expected answer.\"}"));

        Score score = run(BuiltInRubrics.get("correctness"));

        assertThat(score.name()).isEqualTo("judge:correctness");
        assertThat(score.value()).isEqualTo(5.0);
        assertThat(score.passed()).isTrue();
        assertThat(score.detail()).isEqualTo("Matches the expected answer.");
        var sent = server.lastRequest().body();
        assertThat(sent.path("model").asText()).isEqualTo("judge-model");
        assertThat(sent.path("temperature").asDouble()).isZero();
        assertThat(sent.path("messages").get(0).path("content").asText()).contains("one JSON object");
        String user = sent.path("messages").get(1).path("content").asText();
        assertThat(user).contains("¿Cuál es la capital de Francia?").contains("EXPECTED ANSWER:\nParís").contains("\"score\"");
    }

    @Test
    void accepts_json_inside_a_code_fence_and_pass_fail_verdicts() throws Exception {
        server.enqueue(Reply.stream("Here you go:\n```json\n{\"verdict\": \"fail\", \"rationale\": \"Uses {braces} oddly.\"}\n```"));

        Score score = run(BuiltInRubrics.get("guideline").withGuideline("Answer in English."));

        assertThat(score.passed()).isFalse();
        assertThat(score.value()).isZero();
        assertThat(score.detail()).isEqualTo("Uses {braces} oddly.");
        assertThat(server.lastRequest().body().path("messages").get(1).path("content").asText()).contains("Answer in English.");
    }

    @Test
    void an_unreadable_answer_becomes_a_judge_error_with_the_raw_text() throws Exception {
        server.enqueue(Reply.stream("I would rate it ", "quite good overall."));
        Score prose = run(BuiltInRubrics.get("relevance"));
        assertThat(prose.isError()).isTrue();
        assertThat(prose.value()).isNull();
        assertThat(prose.error()).contains("JSON");
        assertThat(prose.detail()).isEqualTo("I would rate it quite good overall.");

        server.enqueue(Reply.stream("{\"score\": 9, \"reasoning\": \"great\"}"));
        Score outOfRange = run(BuiltInRubrics.get("relevance"));
        assertThat(outOfRange.error()).contains("from 1 to 5");
        assertThat(outOfRange.detail()).contains("\"score\": 9");

        server.enqueue(Reply.stream("{\"score\": 4, \"reasoning\": \"cut"));
        assertThat(run(BuiltInRubrics.get("relevance")).isError()).isTrue();

        server.enqueue(Reply.stream("{\"verdict\": \"maybe\"}"));
        assertThat(run(BuiltInRubrics.get("safety")).error()).contains("neither pass nor fail");
    }

    @Test
    void a_failing_judge_call_is_a_judge_error_not_an_exception() throws Exception {
        server.enqueue(Reply.error(500, "upstream exploded"));
        Score score = run(BuiltInRubrics.get("safety"));
        assertThat(score.isError()).isTrue();
        assertThat(score.error()).startsWith("The judge call failed");
    }

    @Test
    void missing_inputs_are_reported_without_calling_the_model() throws Exception {
        JudgeInput noContext = new JudgeInput("q", "a", "", "");
        assertThat(judge.judge(BuiltInRubrics.get("groundedness"), noContext, judgeModel).get().error()).contains("Turn retrieval on");
        assertThat(judge.judge(BuiltInRubrics.get("correctness"), noContext, judgeModel).get().error()).contains("expected answer");
        assertThat(judge.judge(BuiltInRubrics.get("guideline"), noContext, judgeModel).get().error()).contains("guideline");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void an_edited_template_is_what_gets_sent() throws Exception {
        server.enqueue(Reply.stream("{\"score\": 2, \"reasoning\": \"Too short.\"}"));
        Rubric edited = BuiltInRubrics.get("relevance").withTemplate("Rate brevity of: {{ answer }}\n{{ output_format }}");

        Score score = run(edited);

        assertThat(score.value()).isEqualTo(2.0);
        assertThat(score.passed()).isFalse();
        assertThat(server.lastRequest().body().path("messages").get(1).path("content").asText()).startsWith("Rate brevity of: París.");
    }

    @Test
    void unknown_rubric_names_list_the_known_ones() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BuiltInRubrics.get("vibes")).hasMessageContaining("groundedness, relevance");
    }
}
