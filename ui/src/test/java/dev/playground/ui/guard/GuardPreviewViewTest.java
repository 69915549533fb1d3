package dev.playground.ui.guard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.DryRunProvider;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.OpenAiCompatibleProvider;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.Theme;
import dev.playground.ui.main.UiServices;
import dev.playground.ui.playground.PlaygroundView;
import dev.playground.ui.playground.PlaygroundViewModel;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Playground's preview before Run: a connection saved with pii=mask,injection=block shows which personal data
 * would be masked and with which placeholder, in English and Spanish; a connection without guardrails says that
 * nothing is masked. Each language and theme is written to target/guard-shots for a person to look at.
 */
@ExtendWith(ApplicationExtension.class)
class GuardPreviewViewTest {
    private static final Path SHOTS = Path.of("target", "guard-shots");

    @TempDir Path dataDir;
    private LocalStore store;
    private Stage stage;
    private final Connection lab = Connection.openAiCompatible("lab", "Support (guarded)", "http://127.0.0.1:9/v1", "", "lab-model");
    private final Connection open = Connection.openAiCompatible("open", "Open", "http://127.0.0.1:9/v1", "", "lab-model");

    @Start
    void start(Stage stage) {
        this.stage = stage;
        store = LocalStore.open(dataDir);
        store.connections().saveAll(List.of(Connection.dryRun(), lab, open));
        store.connections().saveGuardPolicies(Map.of("lab", GuardPolicy.parse("pii=mask,injection=block")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PlaygroundViewModel show(FxRobot robot, Locale locale, Theme theme, String connectionId) {
        TokenCounter tokens = new TokenCounter();
        ModelGateway gateway = new ModelGateway(new SecretResolver(Map.of()),
                List.of(new DryRunProvider(tokens), new OpenAiCompatibleProvider(tokens, Duration.ofSeconds(2))));
        UiServices services = new UiServices(store, gateway, new TemplateRenderer(), tokens, new CurrentThreadTaskExecutor(), "tester");
        I18n i18n = new I18n(locale);
        PlaygroundViewModel[] made = new PlaygroundViewModel[1];
        robot.interact(() -> {
            made[0] = new PlaygroundViewModel(services, i18n);
            Scene scene = new Scene(new PlaygroundView(made[0], i18n).root(), 1280, 760);
            theme.apply(scene);
            stage.setScene(scene);
            stage.show();
        });
        made[0].started().orTimeout(10, TimeUnit.SECONDS).join();
        robot.interact(() -> made[0].show(new PromptDocument(PromptTemplate.systemAndUser("You are the support agent of Acme.",
                "Customer {{ email }} (DNI {{ dni }}) paid with {{ card }}; write to {{ email }} about the refund."), connectionId, "lab-model",
                ModelSettings.DEFAULTS, Map.of("email", "lucia.fernandez@correo.es", "dni", "12345678Z", "card", "4111 1111 1111 1111")),
                "refund"));
        WaitForAsyncUtils.waitForFxEvents();
        return made[0];
    }

    private static List<String> lines(FxRobot robot) {
        return robot.lookup(".guard-line").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void before_run_the_preview_shows_what_would_be_masked_in_english_and_spanish(FxRobot robot) throws Exception {
        show(robot, Locale.ENGLISH, Theme.LIGHT, "lab");
        assertThat(robot.lookup("#guardPreview").queryAs(Node.class).isVisible()).isTrue();
        assertThat(lines(robot)).containsExactly(
                "Would mask EMAIL: lucia.fernandez@correo.es → <EMAIL_1>",
                "Would mask ES_DNI: 12345678Z → <ES_DNI_1>",
                "Would mask CREDIT_CARD: 4111 1111 1111 1111 → <CREDIT_CARD_1>");
        assertThat(robot.lookup("#guardPreview .section-label").queryAs(Label.class).getText()).isEqualTo("Guardrails: 3 findings in the prompt");
        shoot("playground-guard-light-en");
        show(robot, Locale.ENGLISH, Theme.DARK, "lab");
        shoot("playground-guard-dark-en");

        show(robot, Locale.forLanguageTag("es"), Theme.LIGHT, "lab");
        assertThat(lines(robot)).first().isEqualTo("Enmascararía EMAIL: lucia.fernandez@correo.es → <EMAIL_1>");
        assertThat(robot.lookup("#guardPreview .section-label").queryAs(Label.class).getText()).isEqualTo("Salvaguardas: 3 hallazgos en el prompt");
        shoot("playground-guard-light-es");
        show(robot, Locale.forLanguageTag("es"), Theme.DARK, "lab");
        shoot("playground-guard-dark-es");
    }

    @Test
    void without_guardrails_the_findings_are_only_flagged_and_the_hint_says_so(FxRobot robot) {
        show(robot, Locale.ENGLISH, Theme.LIGHT, "open");
        assertThat(lines(robot)).first().isEqualTo("Would flag EMAIL: lucia.fernandez@correo.es");
        assertThat(robot.lookup(".guard-hint").queryAs(Label.class).getText()).contains("no guardrails", "connections add NAME --guard");
    }

    private void shoot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = stage.getScene().snapshot(null)).get(10, TimeUnit.SECONDS);
        int w = (int) image[0].getWidth();
        int h = (int) image[0].getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pixels = image[0].getPixelReader();
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) out.setRGB(x, y, pixels.getArgb(x, y));
        Files.createDirectories(SHOTS);
        ImageIO.write(out, "png", SHOTS.resolve(name + ".png").toFile());
    }
}
