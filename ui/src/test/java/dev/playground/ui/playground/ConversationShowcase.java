package dev.playground.ui.playground;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.VirtualThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.MainViewModel;
import dev.playground.ui.main.MainWindow;
import dev.playground.ui.main.UiServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The Playground in the middle of a conversation, for screenshots under Xvfb (not a test):
 * {@code ConversationShowcase LANG THEME [WIDTHxHEIGHT [finished]]}. A loopback server speaking OpenAI's wire format plays the
 * model: it asks for a tool (answered with a saved answer), answers, is asked again (a re-run: a branch), and at the
 * third turn asks for the tool again, which is left waiting for the person.
 */
public final class ConversationShowcase {
    private ConversationShowcase() {}

    public static void main(String[] args) throws Exception {
        Locale locale = Locale.forLanguageTag(args[0]);
        Theme theme = Theme.parse(args.length > 1 ? args[1] : "light");
        String[] size = (args.length > 2 ? args[2] : "1024x700").split("x");
        boolean spanish = locale.getLanguage().equals("es");
        OpenAiWireServer server = OpenAiWireServer.start();
        Path data = Files.createTempDirectory("conversation-showcase");
        LocalStore store = LocalStore.open(data);
        store.connections().saveAll(List.of(Connection.openAiCompatible("loopback", spanish ? "Servidor local" : "Loopback server",
                server.baseUrl(), "", "test-model"), Connection.dryRun()));
        TokenCounter tokens = new TokenCounter();
        VirtualThreadTaskExecutor executor = new VirtualThreadTaskExecutor();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "showcase");
        MainViewModel main = new MainViewModel(services, new MainViewModel.Preferences(locale, theme));
        PlaygroundViewModel playground = main.playground();
        ToolDefinition weather = new ToolDefinition("get_weather", spanish ? "El tiempo en una ciudad" : "The weather in a city",
                "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"},\"day\":{\"type\":\"string\"}},\"required\":[\"city\"]}",
                List.of("{\"tempC\": 21, \"sky\": \"clear\"}", "{\"tempC\": 12, \"sky\": \"rain\"}"));
        PromptDocument document = new PromptDocument(PromptTemplate.of(
                PromptMessage.system(spanish ? "Ayudas a preparar viajes. Sé breve." : "You help people plan trips. Be brief."),
                PromptMessage.user(spanish ? "¿Qué llevo a {{ city }} mañana?" : "What should I pack for {{ city }} tomorrow?")),
                "loopback", "test-model", ModelSettings.DEFAULTS, Map.of("city", "Lyon")).withTools(ToolSet.of(weather));

        Platform.startup(() -> {
            Stage stage = new Stage();
            new MainWindow(stage, main);
            stage.setWidth(Integer.parseInt(size[0]));
            stage.setHeight(Integer.parseInt(size[1]));
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        ConversationViewModel chat = playground.conversation();
        await(() -> playground.connectionProperty().get() != null);
        fx(() -> playground.show(document, spanish ? "viajes" : "trips"));

        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_1", "get_weather", "{\"city\":\"Lyon\"}")));
        server.enqueue(ScriptedReply.stream(spanish ? "Ropa ligera y gafas de sol: 21 °C y despejado." : "Light clothes and sunglasses: 21 °C and clear."));
        fx(playground::run);
        await(() -> chat.pendingProperty().get() != null);
        fx(() -> chat.answerTool(chat.toolAnswerProperty().get()));
        await(() -> chat.canReplyProperty().get());

        server.enqueue(ScriptedReply.stream(spanish ? "Una chaqueta fina." : "A light jacket."));
        fx(() -> {
            chat.replyProperty().set(spanish ? "¿Y para la noche?" : "And for the evening?");
            chat.send();
        });
        await(() -> chat.canReplyProperty().get());
        server.enqueue(ScriptedReply.stream(spanish ? "Un jersey: por la noche refresca." : "A warm sweater: evenings get cool."));
        fx(() -> chat.rerun(chat.answerTurnProperty().get()));
        await(() -> chat.canReplyProperty().get());

        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_2", "get_weather", "{\"city\":\"Lyon\",\"day\":\"Sunday\"}")));
        fx(() -> {
            chat.replyProperty().set(spanish ? "¿Lloverá el domingo?" : "Will it rain on Sunday?");
            chat.send();
        });
        await(() -> chat.pendingProperty().get() != null);
        if (args.length > 3 && args[3].equals("finished")) {
            // The last tool call answered too: the conversation can be continued or saved.
            server.enqueue(ScriptedReply.stream(spanish ? "Sí: 12 °C y lluvia el domingo." : "Yes: 12 °C and rain on Sunday."));
            fx(() -> chat.answerTool(chat.pendingProperty().get().mocks().get(1)));
            await(() -> chat.canReplyProperty().get());
        }
    }

    private static void fx(Runnable action) throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            action.run();
            done.complete(null);
        });
        done.get();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        while (true) {
            CompletableFuture<Boolean> now = new CompletableFuture<>();
            Platform.runLater(() -> now.complete(condition.getAsBoolean()));
            if (now.get()) return;
            Thread.sleep(50);
        }
    }
}
