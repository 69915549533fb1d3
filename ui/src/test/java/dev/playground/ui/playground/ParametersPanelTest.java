package dev.playground.ui.playground;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.PromptDocument;
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
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.UiServices;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The parameters panel follows the chosen provider: what it does not take is disabled and its row's
 * tooltip says why; what it takes goes onto the wire as typed; unreadable values stop the run with a message.
 */
@ExtendWith(ApplicationExtension.class)
class ParametersPanelTest {
    @TempDir Path dataDir;
    private OpenAiWireServer server;
    private LocalStore store;
    private VirtualThreadTaskExecutor executor;
    private PlaygroundViewModel viewModel;

    @Start
    void start(Stage stage) {
        server = OpenAiWireServer.start();
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(
                Connection.openAiCompatible("loopback", "Loopback server", server.baseUrl(), "", "test-model"),
                new Connection("claude", "Claude", ProviderKind.ANTHROPIC, "", "ANTHROPIC_API_KEY", "claude-haiku-4-5"),
                new Connection("openai", "OpenAI", ProviderKind.OPENAI, "", "OPENAI_API_KEY", "gpt-4o-mini")));
        executor = new VirtualThreadTaskExecutor();
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(10)), new DryRunProvider(tokens)));
        I18n i18n = new I18n(Locale.ENGLISH);
        viewModel = new PlaygroundViewModel(new UiServices(store, gateway, new TemplateRenderer(), tokens, executor, "tester"), i18n);
        viewModel.show(PromptDocument.of(PromptTemplate.systemAndUser("", "Say hi.")), "");
        Scene scene = new Scene(new PlaygroundView(viewModel, i18n).root(), 1400, 1000);
        Theme.LIGHT.apply(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        executor.close();
        store.close();
        server.close();
    }

    @Test
    void unsupported_parameters_are_disabled_with_the_reason_and_supported_ones_reach_the_wire(FxRobot robot) throws Exception {
        robot.clickOn("More parameters");
        robot.interact(() -> viewModel.selectConnection("claude"));
        assertThat(robot.lookup("#param-seed").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#param-presence-penalty").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#param-top-k").query().isDisabled()).isFalse();
        // The disabled seed's row carries the reason (a disabled control shows no tooltip of its own). Read from the
        // row rather than by hovering: in the full suite another test's window could sit under the pointer.
        assertThat(tooltipOf(robot.lookup("#param-row-seed").query())).isEqualTo("Anthropic's Messages API has no seed: answers cannot be pinned.");

        robot.interact(() -> viewModel.selectConnection("openai"));
        assertThat(robot.lookup("#param-seed").query().isDisabled()).isFalse();
        assertThat(robot.lookup("#param-top-k").query().isDisabled()).isTrue();
        assertThat(tooltipOf(robot.lookup("#param-row-top-k").query())).isEqualTo("OpenAI's chat completions API has no top-k parameter.");
        assertThat(tooltipOf(robot.lookup("#param-row-seed").query())).isNull();

        robot.interact(() -> viewModel.selectConnection("loopback"));
        typeInto(robot, "#param-top-p", "1.5");
        robot.interact(viewModel::run);
        Label status = robot.lookup(".status-bar").queryAs(Label.class);
        assertThat(status.getText()).startsWith("Cannot run: Top-p (0–1) is \"1.5\"");
        assertThat(server.requests()).isEmpty();

        robot.interact(() -> viewModel.parameters().topPProperty().set(""));
        // The parameters scroll under a pinned Run button: focus each field as Tab would, wherever it is scrolled.
        typeInto(robot, "#param-top-p", "0.9");
        typeInto(robot, "#param-seed", "7");
        typeInto(robot, "#param-stop", "END");
        robot.interact(viewModel::run);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !server.requests().isEmpty() && !viewModel.runningProperty().get());
        var body = server.lastRequest().body();
        assertThat(body.path("top_p").asDouble()).isEqualTo(0.9);
        assertThat(body.path("seed").asInt()).isEqualTo(7);
        assertThat(body.path("stop").get(0).asText()).isEqualTo("END");
    }

    /**
     * Enters text as the field's own editing does, on the FX thread. Not through OS key events: in the full suite
     * another test's window can hold the display's focus, and the keys then land there (a fresh-clone CI ran the
     * check with an empty Top-p and got "Done.").
     */
    private static void typeInto(FxRobot robot, String query, String text) {
        TextInputControl field = robot.lookup(query).queryAs(TextInputControl.class);
        robot.interact(() -> {
            field.requestFocus();
            field.end();
            field.insertText(field.getCaretPosition(), text);
        });
    }

    private static String tooltipOf(Node node) {
        Object tooltip = node.getProperties().get("javafx.scene.control.Tooltip");
        return tooltip == null ? null : ((Tooltip) tooltip).getText();
    }
}
