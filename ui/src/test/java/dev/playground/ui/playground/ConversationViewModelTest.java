package dev.playground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.Role;
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
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.testkit.OpenAiWireServer;
import dev.playground.testkit.ScriptedReply;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.playground.ConversationViewModel.Kind;
import dev.playground.ui.playground.ConversationViewModel.TurnItem;
import dev.playground.ui.testing.FxThreadStandIn;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversation view model with the synchronous executor against a loopback server speaking OpenAI's wire format:
 * tool calls answered by the person, replies, branches (edit, re-run, moving between them), Stop while a tool call
 * waits, the step limit, and saving a branch. The loop's events are queued and run here, on the test's thread.
 */
@ExtendWith(FxThreadStandIn.class)
class ConversationViewModelTest {
    private static final ToolDefinition WEATHER = new ToolDefinition("get_weather", "The weather in a city",
            "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},\"required\":[\"city\"]}", List.of("{\"tempC\": 21}"));

    @TempDir Path dataDir;
    private LocalStore store;
    private OpenAiWireServer server;
    private PlaygroundViewModel viewModel;
    private ConversationViewModel chat;
    private final LinkedBlockingQueue<Runnable> hops = new LinkedBlockingQueue<>();

    @BeforeEach
    void open() {
        server = OpenAiWireServer.start();
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun(),
                Connection.openAiCompatible("loopback", "Loopback", server.baseUrl(), "", "test-model")));
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new DryRunProvider(tokens), new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10))));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
        viewModel = new PlaygroundViewModel(services, new I18n(Locale.ENGLISH), hops::add);
        chat = viewModel.conversation();
    }

    @AfterEach
    void close() {
        store.close();
        server.close();
    }

    private void showWeatherPrompt() {
        viewModel.show(new PromptDocument(PromptTemplate.of(PromptMessage.system("Be brief."), PromptMessage.user("Weather in {{ city }}?")),
                "loopback", "test-model", ModelSettings.DEFAULTS, Map.of("city", "Paris")).withTools(ToolSet.of(WEATHER)), "weather");
    }

    /** Runs the loop's queued events here until {@code done} holds (the loop waits on the network, not on time). */
    private void pump(BooleanSupplier done) throws InterruptedException {
        while (!done.getAsBoolean()) {
            Runnable next = hops.poll(20, TimeUnit.SECONDS);
            if (next == null) throw new AssertionError("nothing happened for 20 s; status: " + viewModel.statusProperty().get());
            next.run();
        }
    }

    private void runUntilStopped() throws InterruptedException {
        pump(() -> !viewModel.runningProperty().get());
    }

    private List<String> shown() {
        List<String> turns = new ArrayList<>();
        for (TurnItem item : chat.turns()) turns.add(item.kind() + ":" + (item.text().isEmpty() && !item.calls().isEmpty()
                ? item.calls().get(0).name() : item.text()));
        return turns;
    }

    private static List<String> sentMessages(JsonNode body) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : body.path("messages")) {
            String text = m.path("content").isTextual() ? m.path("content").asText() : "";
            if (m.has("tool_calls")) text = "calls " + m.path("tool_calls").get(0).path("function").path("name").asText();
            out.add(m.path("role").asText() + ":" + text);
        }
        return out;
    }

    /** A tool call answered with its saved answer, then the model's answer. */
    private void answerTheWeather() throws InterruptedException {
        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_1", "get_weather", "{\"city\":\"Paris\"}")));
        server.enqueue(ScriptedReply.stream("It is ", "21 °C."));
        viewModel.run();
        pump(() -> chat.pendingProperty().get() != null);
        PendingToolCall pending = chat.pendingProperty().get();
        assertThat(pending.call().name()).isEqualTo("get_weather");
        assertThat(pending.call().arguments()).isEqualTo("{\"city\":\"Paris\"}");
        assertThat(pending.problems()).isEmpty();
        assertThat(pending.mocks()).containsExactly("{\"tempC\": 21}");
        assertThat(chat.toolAnswerProperty().get()).isEqualTo("{\"tempC\": 21}");
        assertThat(shown()).containsExactly("USER:Weather in Paris?", "TOOL_CALLS:get_weather");
        chat.answerTool(chat.toolAnswerProperty().get());
        runUntilStopped();
    }

    @Test
    void a_tool_call_waits_for_the_person_and_the_loop_goes_on_with_their_answer() throws Exception {
        showWeatherPrompt();
        answerTheWeather();

        assertThat(viewModel.outputProperty().get()).isEqualTo("It is 21 °C.");
        assertThat(viewModel.statsProperty().get()).contains("Latency");
        assertThat(shown()).containsExactly("USER:Weather in Paris?", "TOOL_CALLS:get_weather", "TOOL_ANSWERS:get_weather");
        assertThat(chat.turns().get(1).calls().get(0).problem()).isEmpty();
        assertThat(chat.turns().get(2).calls().get(0).answer()).isEqualTo("{\"tempC\": 21}");
        assertThat(chat.turns().get(2).calls().get(0).source()).isEqualTo("person");
        assertThat(chat.answerTurnProperty().get().text()).isEqualTo("It is 21 °C.");
        assertThat(chat.canReplyProperty().get()).isTrue();
        // The second call carried the tool's answer back under the call's id, with the tool offered both times.
        JsonNode second = server.requests().get(1).body();
        assertThat(sentMessages(second)).containsExactly("system:Be brief.", "user:Weather in Paris?", "assistant:calls get_weather",
                "tool:{\"tempC\": 21}");
        assertThat(second.path("messages").get(3).path("tool_call_id").asText()).isEqualTo("call_1");
        assertThat(second.path("tools").get(0).path("function").path("name").asText()).isEqualTo("get_weather");
        assertThat(chat.lastTraceProperty().get().toolSpans()).hasSize(1);
        assertThat(store.traces().find(chat.lastTraceProperty().get().id())).isPresent();
    }

    @Test
    void replies_continue_and_an_edit_or_a_rerun_starts_a_branch_that_can_be_left_and_found_again() throws Exception {
        showWeatherPrompt();
        answerTheWeather();

        server.enqueue(ScriptedReply.stream("Sunny."));
        chat.replyProperty().set("And tomorrow?");
        chat.send();
        runUntilStopped();
        assertThat(chat.replyProperty().get()).isEmpty();
        assertThat(sentMessages(server.lastRequest().body())).containsExactly("system:Be brief.", "user:Weather in Paris?",
                "assistant:calls get_weather", "tool:{\"tempC\": 21}", "assistant:It is 21 °C.", "user:And tomorrow?");
        assertThat(viewModel.outputProperty().get()).isEqualTo("Sunny.");

        // Re-run the last answer: a second answer at the same point.
        server.enqueue(ScriptedReply.stream("Rainy."));
        chat.rerun(chat.answerTurnProperty().get());
        runUntilStopped();
        assertThat(sentMessages(server.lastRequest().body())).endsWith("assistant:It is 21 °C.", "user:And tomorrow?");
        TurnItem answer = chat.answerTurnProperty().get();
        assertThat(answer.text()).isEqualTo("Rainy.");
        assertThat(answer.position()).isEqualTo(2);
        assertThat(answer.alternatives()).isEqualTo(2);
        chat.move(answer, -1);
        assertThat(chat.answerTurnProperty().get().text()).isEqualTo("Sunny.");
        assertThat(viewModel.outputProperty().get()).isEqualTo("Sunny.");

        // Edit the second user turn: a branch there; the old one is still there.
        server.enqueue(ScriptedReply.stream("Windy all week."));
        TurnItem tomorrow = chat.turns().get(chat.turns().size() - 1);
        assertThat(tomorrow.text()).isEqualTo("And tomorrow?");
        chat.edit(tomorrow, "And next week?");
        runUntilStopped();
        assertThat(sentMessages(server.lastRequest().body())).endsWith("assistant:It is 21 °C.", "user:And next week?");
        TurnItem edited = chat.turns().get(chat.turns().size() - 1);
        assertThat(edited.text()).isEqualTo("And next week?");
        assertThat(edited.position()).isEqualTo(2);
        assertThat(chat.answerTurnProperty().get().text()).isEqualTo("Windy all week.");
        assertThat(chat.answerTurnProperty().get().alternatives()).isEqualTo(1);
        chat.move(edited, -1);
        assertThat(chat.turns().get(chat.turns().size() - 1).text()).isEqualTo("And tomorrow?");
        assertThat(chat.answerTurnProperty().get().text()).isEqualTo("Sunny.");
        assertThat(server.requests()).hasSize(5);
    }

    @Test
    void stop_while_a_tool_call_waits_ends_the_run_without_an_answer() throws Exception {
        showWeatherPrompt();
        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_1", "get_weather", "{\"city\":\"Paris\"}")));
        viewModel.run();
        pump(() -> chat.pendingProperty().get() != null);
        viewModel.stop();
        runUntilStopped();
        assertThat(viewModel.statusProperty().get()).startsWith("Stopped.");
        assertThat(viewModel.problemProperty().get()).isEmpty();
        assertThat(chat.answerTurnProperty().get()).isNull();
        assertThat(chat.canReplyProperty().get()).isFalse();
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void the_step_limit_ends_a_run_whose_model_keeps_asking_for_tools() throws Exception {
        showWeatherPrompt();
        chat.maxStepsProperty().set(1);
        server.enqueue(ScriptedReply.toolCalls(new ScriptedReply.Call("call_1", "get_weather", "{\"town\":\"Paris\"}")));
        viewModel.run();
        runUntilStopped();
        assertThat(viewModel.problemProperty().get()).contains("after 1 model call");
        assertThat(shown()).containsExactly("USER:Weather in Paris?", "TOOL_CALLS:get_weather");
        // The arguments miss "city": shown against the tool's schema.
        assertThat(chat.turns().get(1).calls().get(0).problem()).contains("city");
        assertThat(chat.canReplyProperty().get()).isFalse();
    }

    @Test
    void a_branch_is_saved_as_prompt_messages_or_as_a_dataset_row_with_its_tool_calls() throws Exception {
        showWeatherPrompt();
        answerTheWeather();
        server.enqueue(ScriptedReply.stream("Sunny {{ maybe }}."));
        chat.replyProperty().set("And tomorrow?");
        chat.send();
        runUntilStopped();

        assertThat(viewModel.saveConversation(false, "weather-chat", "a chat")).isCompleted();
        var version = store.prompts().latest("weather-chat").orElseThrow();
        List<PromptMessage> messages = version.document().template().messages();
        assertThat(messages).extracting(PromptMessage::role).containsExactly(Role.SYSTEM, Role.USER, Role.ASSISTANT, Role.USER, Role.ASSISTANT);
        assertThat(messages.get(1).template()).isEqualTo("Weather in {{ city }}?");
        assertThat(messages.get(4).template()).isEqualTo("{% raw %}Sunny {{ maybe }}.{% endraw %}");
        assertThat(version.document().tools().tools()).containsExactly(WEATHER);
        assertThat(viewModel.statusProperty().get()).isEqualTo("Saved the conversation as weather-chat version 1. 2 tool-call turns were left out:"
                + " a prompt version holds text messages only (a dataset row keeps them).");

        assertThat(viewModel.saveConversation(true, "chats", "")).isCompleted();
        DatasetVersion rows = store.datasets().latest("chats").orElseThrow();
        var row = rows.dataset().rows().get(0);
        assertThat(row.inputs()).isEqualTo(Map.of("city", "Paris"));
        assertThat(row.expectedResponse()).isEqualTo("Sunny {{ maybe }}.");
        assertThat(row.description()).isEqualTo("Conversation from the Playground (2 user turns)");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> kept = (List<Map<String, Object>>) row.metadata().get("conversation");
        assertThat(kept).extracting(m -> m.get("role")).containsExactly("system", "user", "assistant", "tool", "assistant", "user", "assistant");
        assertThat(kept.get(3)).containsEntry("tool_call_id", "call_1").containsEntry("content", "{\"tempC\": 21}");
        assertThat(viewModel.statusProperty().get()).isEqualTo("Added the conversation to dataset chats as row 1 (version 1).");
    }
}
