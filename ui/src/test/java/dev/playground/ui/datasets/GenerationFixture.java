package dev.playground.ui.datasets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.generate.DatasetGenerator;
import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.retrieval.Cancellation;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.Source;
import dev.playground.engine.retrieval.embed.LazyEmbedder;
import dev.playground.engine.retrieval.embed.MiniLmEmbedder;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.common.I18n;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the generation tests share: a store with a saved connection to a loopback server speaking OpenAI's wire format,
 * and a real document collection of three short documents indexed with the built-in embedding model.
 */
final class GenerationFixture implements AutoCloseable {
    private static final LazyEmbedder EMBEDDER = new LazyEmbedder(() -> new MiniLmEmbedder(1));

    final OpenAiWireServer server = OpenAiWireServer.start();
    final LocalStore store;
    final DocumentCollections collections;
    final ModelGateway gateway;
    final DatasetService datasets;

    GenerationFixture(Path dir) throws Exception {
        store = LocalStore.open(dir.resolve("data"));
        store.connections().saveAll(List.of(Connection.openAiCompatible("loop", "Loop", server.baseUrl(), "", "gen-model")));
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("bees.md"), "# Bees\n\nA honeybee colony keeps its brood nest at about thirty-five degrees Celsius, "
                + "warming it by shivering its flight muscles.\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("chess.md"), "# Chess\n\nUnder the fifty-move rule a player may claim a draw when fifty moves by each "
                + "side pass without a capture or a pawn move.\n", StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("tea.md"), "# Tea\n\nGreen tea is brewed with water below the boil, around seventy to eighty degrees, "
                + "so that the leaves do not turn bitter.\n", StandardCharsets.UTF_8);
        collections = new DocumentCollections(dir.resolve("data"), EMBEDDER, MiniLmEmbedder.ID);
        DocumentCollection handbook = collections.open("handbook");
        handbook.attach(new Source(docs, List.of()));
        handbook.update(IndexProgress.NONE, new Cancellation());
        TokenCounter tokens = new TokenCounter();
        gateway = new ModelGateway(new SecretResolver(Map.of()), List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)),
                new DryRunProvider(tokens)));
        gateway.setPolicy("loop", GatewayPolicy.DEFAULT.withCache(false));
        datasets = new DatasetService(store.datasets());
        server.respondWith(body -> ScriptedReply.stream(good(passageOf(body))));
    }

    GenerateRowsViewModel viewModel(TaskExecutor executor, I18n i18n) {
        return new GenerateRowsViewModel(new DatasetGenerator(gateway), PassageCollections.of(collections), store.connections(), datasets,
                executor, "tester", i18n);
    }

    static String passageOf(JsonNode body) {
        JsonNode messages = body.path("messages");
        return messages.get(messages.size() - 1).path("content").asText();
    }

    /** A question and facts naming the passage's subject. */
    static String good(String passage) {
        String subject = passage.contains("honeybee") ? "bees" : passage.contains("fifty-move") ? "chess" : "tea";
        return "{\"question\": \"What about " + subject + "?\", \"expected_facts\": [\"a fact about " + subject + "\"]}";
    }

    @Override
    public void close() throws Exception {
        server.close();
        collections.close();
        store.close();
    }
}
