package dev.playground.engine.dataset.generate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dataset generation against a loopback server speaking OpenAI's wire format, which answers by the passage it is sent. */
class DatasetGeneratorTest {
    private final List<RunRecord> runs = new CopyOnWriteArrayList<>();
    private OpenAiWireServer server;
    private DatasetGenerator generator;
    private Connection connection;

    @BeforeEach
    void start() {
        server = OpenAiWireServer.start();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of("GEN_KEY", "sk-generate-0123456789")),
                List.of(new OpenAiCompatibleProvider(ProviderKind.OPENAI_COMPATIBLE, tokens, Duration.ofSeconds(5), Map.of()), new DryRunProvider(tokens)),
                GatewayPolicy.DEFAULT.withCache(false), runs::add, PriceTable::defaults);
        generator = new DatasetGenerator(gateway);
        connection = new Connection("loop", "Loop", ProviderKind.OPENAI_COMPATIBLE, server.baseUrl(), "GEN_KEY", "gen-model");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String passageOf(JsonNode body) {
        JsonNode messages = body.path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    private static List<SourcePassage> passages(int count) {
        return IntStream.range(0, count).mapToObj(i -> new SourcePassage("guide.md", "/docs/guide.md", 0, "Part " + i, i,
                "Passage number " + i + " says that bees keep their hive at thirty-five degrees in the brood nest.")).toList();
    }

    @Test
    void each_passage_gives_a_question_its_facts_and_keeps_its_source() throws Exception {
        server.respondWith(body -> {
            String passage = passageOf(body);
            String n = passage.replaceAll("(?s).*Passage number (\\d+).*", "$1");
            return ScriptedReply.stream("```json\n{\"question\": \"What does passage " + n + " say?\", ",
                    "\"expected_facts\": [\"Bees keep the hive warm\", \"35 degrees\"]}\n```");
        });

        GenerationResult result = generator.start(List.of(new SourcePassage("bees.pdf", "/docs/bees.pdf", 4, "", 11,
                        "Passage number 7 says that bees keep their hive at thirty-five degrees in the brood nest.")),
                new DatasetGenerator.Options(connection, null, 5, null, "handbook"), null).result().get(20, TimeUnit.SECONDS);

        assertThat(result.complete()).isTrue();
        assertThat(result.asked()).isEqualTo(1);
        DatasetRow row = result.rows().getFirst();
        assertThat(row.inputs()).containsExactly(Map.entry("question", "What does passage 7 say?"));
        assertThat(row.expectedFacts()).containsExactly("Bees keep the hive warm", "35 degrees");
        assertThat(row.description()).isEqualTo("bees.pdf, page 4, passage 12");
        assertThat(row.metadata()).containsEntry("source_document", "bees.pdf").containsEntry("source_page", 4)
                .containsEntry("source_passage", 12).containsEntry("generated_from", "handbook")
                .containsEntry("source_chunk", "Passage number 7 says that bees keep their hive at thirty-five degrees in the brood nest.");
        String sent = passageOf(server.lastRequest().body());
        assertThat(sent).contains("Document: bees.pdf (page 4, passage 12)").contains("thirty-five degrees");
        assertThat(server.lastRequest().model()).isEqualTo("gen-model");
        assertThat(runs).singleElement().satisfies(run -> assertThat(run.promptName()).isEqualTo("dataset generate: handbook"));
    }

    @Test
    void answers_that_are_not_json_or_lack_a_field_are_skipped_and_counted_in_passage_order() throws Exception {
        server.respondWith(body -> {
            String passage = passageOf(body);
            if (passage.contains("number 1 ")) return ScriptedReply.stream("Sure! Here is a question about bees.");
            if (passage.contains("number 2 ")) return ScriptedReply.stream("{\"question\": \"Why?\"}");
            if (passage.contains("number 3 ")) return ScriptedReply.stream("{\"expected_facts\": [\"x\"]}");
            return ScriptedReply.stream("{\"question\": \"Q\", \"expected_facts\": [\"F\"]}");
        });
        List<int[]> progress = new ArrayList<>();

        GenerationResult result = generator.start(passages(5), new DatasetGenerator.Options(connection, "other-model", 5, "query", "c"),
                (done, total, skipped) -> {
                    synchronized (progress) {
                        progress.add(new int[] {done, total, skipped});
                    }
                }).result().get(20, TimeUnit.SECONDS);

        assertThat(result.rows()).hasSize(2).allSatisfy(row -> assertThat(row.inputs()).containsOnlyKeys("query"));
        assertThat(result.rows()).extracting(r -> r.metadata().get("source_passage")).containsExactly(1, 5);
        assertThat(result.skipped()).extracting(GenerationResult.Skip::reason)
                .containsExactly(SkipReason.NOT_JSON, SkipReason.NO_FACTS, SkipReason.NO_QUESTION);
        assertThat(result.skipCounts()).containsEntry(SkipReason.NOT_JSON, 1).containsEntry(SkipReason.NO_FACTS, 1);
        assertThat(progress).hasSize(5).last().satisfies(last -> assertThat(last).containsExactly(5, 5, 3));
        assertThat(server.requests()).allSatisfy(r -> assertThat(r.model()).isEqualTo("other-model"));
    }

    @Test
    void a_failed_call_ends_the_generation_with_its_reason() throws Exception {
        server.respondWith(body -> ScriptedReply.error(401, "bad key"));

        GenerationResult result = generator.start(passages(3), new DatasetGenerator.Options(connection, null, 3, null, "c"), null)
                .result().get(20, TimeUnit.SECONDS);

        assertThat(result.complete()).isFalse();
        assertThat(result.cancelled()).isFalse();
        assertThat(result.failure().kind()).isEqualTo(ProviderException.Kind.AUTHENTICATION);
    }

    @Test
    void cancel_stops_the_calls_under_way_and_says_so() throws Exception {
        server.respondWith(body -> ScriptedReply.streamWithDelays(120_000, 0, "never"));
        DatasetGenerator.Generation generation = generator.start(passages(8), new DatasetGenerator.Options(connection, null, 8, null, "c"), null);
        assertThat(server.awaitRequests(DatasetGenerator.CONCURRENCY, Duration.ofSeconds(20))).isTrue();

        generation.cancel();

        GenerationResult result = generation.result().get(20, TimeUnit.SECONDS);
        assertThat(result.cancelled()).isTrue();
        assertThat(result.rows()).isEmpty();
        assertThat(server.requests()).hasSize(DatasetGenerator.CONCURRENCY);
    }

    @Test
    void passages_are_spread_over_the_collection_and_scraps_left_out() {
        List<SourcePassage> all = new ArrayList<>(passages(10));
        all.add(3, new SourcePassage("guide.md", "", 0, "", 99, "Heading only"));

        assertThat(PassagePicker.pick(all, 5)).extracting(SourcePassage::ordinal).containsExactly(0, 2, 4, 6, 8);
        assertThat(PassagePicker.pick(all, 50)).hasSize(11);
        assertThat(PassagePicker.pick(passages(3), 2)).extracting(SourcePassage::ordinal).containsExactly(0, 1);
    }
}
