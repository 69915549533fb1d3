package dev.playground.ui.library;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.ImportChange;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.main.UiServices;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Export from one library and import into another through the dialogs' view models and views. */
@ExtendWith(ApplicationExtension.class)
class BundleDialogsTest {
    @TempDir Path temp;
    private LocalStore source;
    private LocalStore target;
    private final AtomicInteger refreshes = new AtomicInteger();

    private static PromptDocument document(String user) {
        return new PromptDocument(PromptTemplate.systemAndUser("Eres un tutor paciente.", user), "dry-run", "gpt-4o-mini",
                ModelSettings.of(0.2, 256), Map.of());
    }

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(new Label("bundles"), 200, 100));
        stage.show();
    }

    @AfterEach
    void close() {
        if (source != null) source.close();
        if (target != null) target.close();
    }

    /** Background work runs on this thread; its results reach the properties through the FX thread. */
    private static void settle(java.util.concurrent.CompletableFuture<?> work) {
        work.join();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private UiServices services(LocalStore store) {
        return new UiServices(store, null, null, null, new CurrentThreadTaskExecutor(), "tester");
    }

    private Path exportedBundle(boolean zip) {
        source = LocalStore.open(temp.resolve("source"));
        source.prompts().saveVersion("exam.tutor", document("Explica {{tema}} con un ejemplo."), "first", "ana");
        source.prompts().saveVersion("exam.tutor", document("Explica {{tema}} en tres frases."), "shorter", "ana");
        source.aliases().set("exam.tutor", "champion", 2, "ana");
        source.prompts().saveVersion("support.triage", document("Classify: {{ticket}}"), "first", "luis");
        BundleExportViewModel export = new BundleExportViewModel(services(source), null);
        export.promptyProperty().set(true);
        export.dotpromptProperty().set(true);
        export.semanticKernelProperty().set(true);
        export.langchainYamlProperty().set(true);
        Path out = temp.resolve(zip ? "team.zip" : "team-bundle");
        settle(export.export(out));
        assertThat(export.statusProperty().get().key()).isEqualTo("bundle.export.done");
        assertThat(export.statusProperty().get().args()[0]).isEqualTo(2);
        return out;
    }

    @Test
    void a_bundle_exported_from_one_library_imports_into_another_with_a_preview_first(FxRobot robot) throws Exception {
        Path bundle = exportedBundle(false);
        try (Stream<Path> files = Files.walk(bundle)) {
            assertThat(files.map(p -> bundle.relativize(p).toString().replace('\\', '/')))
                    .anyMatch(name -> name.endsWith(".prompty")).anyMatch(name -> name.startsWith("dotprompt/") && name.endsWith(".prompt"))
                    .anyMatch(name -> name.startsWith("semantic-kernel/")).anyMatch(name -> name.startsWith("langchain/") && name.endsWith(".yaml"));
        }
        target = LocalStore.open(temp.resolve("target"));
        BundleImportViewModel importing = new BundleImportViewModel(services(target), refreshes::incrementAndGet);
        settle(importing.read(bundle));

        assertThat(importing.canImportProperty().get()).isTrue();
        assertThat(importing.changes()).extracting(ImportChange::kind).contains(ImportChange.Kind.NEW_PROMPT, ImportChange.Kind.ALIAS_SET);
        assertThat(target.prompts().listPrompts()).as("the preview writes nothing").isEmpty();

        // The dialog itself: the Import button writes everything and the dialog stays open to say so.
        I18n english = new I18n(Locale.ENGLISH);
        Platform.runLater(() -> BundleImportView.show(robot.window(0), importing, english));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".list-view").queryAllAs(ListView.class)).hasSize(2);
        robot.clickOn("#bundle-import-apply");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(target.prompts().listPrompts()).extracting(p -> p.name()).containsExactlyInAnyOrder("exam.tutor", "support.triage");
        assertThat(target.prompts().versions("exam.tutor")).hasSize(2);
        assertThat(refreshes.get()).isEqualTo(1);
        assertThat(robot.lookup(".bundle-status").queryAs(Label.class).getText()).startsWith("Imported:");
        assertThat(robot.lookup("#bundle-import-apply").query().isDisabled()).as("importing twice is not offered").isTrue();
        robot.clickOn("Close");

        settle(importing.read(bundle));
        assertThat(importing.statusProperty().get().key()).isEqualTo("bundle.import.nothingNew");
        assertThat(importing.canImportProperty().get()).isFalse();
    }

    @Test
    void a_zip_round_trips_and_a_broken_file_is_left_out_unless_all_or_nothing_is_ticked_in_spanish(FxRobot robot) throws Exception {
        Path zip = exportedBundle(true);
        target = LocalStore.open(temp.resolve("target"));
        BundleImportViewModel fromZip = new BundleImportViewModel(services(target), refreshes::incrementAndGet);
        settle(fromZip.read(zip));
        settle(fromZip.importNow());
        assertThat(target.prompts().listPrompts()).hasSize(2);

        Path broken = Files.createDirectories(temp.resolve("broken"));
        Files.writeString(broken.resolve("good.prompty"), "---\nname: good\n---\nuser:\nHola {{nombre}}\n");
        Files.writeString(broken.resolve("bad.prompty"), "---\nname: [unclosed\n---\nuser:\nhi\n");
        BundleImportViewModel refused = new BundleImportViewModel(services(target), refreshes::incrementAndGet);
        refused.allOrNothingProperty().set(true);
        settle(refused.read(broken));
        assertThat(refused.statusProperty().get().key()).isEqualTo("bundle.import.refused");
        assertThat(refused.canImportProperty().get()).isFalse();
        assertThat(refused.reports()).anyMatch(report -> report.refused() && report.path().contains("bad.prompty"));

        I18n spanish = new I18n(Locale.forLanguageTag("es"));
        BundleImportView view = new BundleImportView(refused, spanish);
        robot.interact(() -> ((Stage) robot.window(0)).setScene(new Scene(view.root(), 800, 700)));
        assertThat(robot.lookup(".bundle-status").queryAs(Label.class).getText()).startsWith("Se rechazó 1 archivo (ver arriba)");
        assertThat(robot.lookup(".bundle-refused").tryQuery()).as("the refused file is marked").isPresent();
        assertThat(target.prompts().listPrompts()).as("nothing from the broken folder was written").hasSize(2);

        // Unticking "all or nothing" offers the readable file, and the refused one stays listed as refused.
        robot.clickOn(".check-box");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(refused.allOrNothingProperty().get()).isFalse();
        assertThat(refused.statusProperty().get().key()).isEqualTo("bundle.import.readyWithout");
        assertThat(refused.canImportProperty().get()).isTrue();
        settle(refused.importNow());
        assertThat(target.prompts().listPrompts()).extracting(p -> p.name()).contains("good");
        assertThat(refused.reports()).anyMatch(report -> report.refused() && report.path().contains("bad.prompty"));
    }

    @Test
    void reading_something_that_is_not_a_bundle_says_so_without_a_stack_trace() {
        target = LocalStore.open(temp.resolve("target"));
        BundleImportViewModel importing = new BundleImportViewModel(services(target), refreshes::incrementAndGet);
        settle(importing.read(temp.resolve("no-such-folder")));
        assertThat(importing.statusProperty().get().key()).isIn("bundle.import.unreadable", "bundle.import.refused", "bundle.import.noPrompts");
        assertThat(String.valueOf(List.of(importing.statusProperty().get().args()))).doesNotContain("Exception", "\tat ");
        assertThat(importing.canImportProperty().get()).isFalse();
    }

    @Test
    void each_files_notes_are_grouped_by_what_happened_to_them_in_spanish(FxRobot robot) throws Exception {
        Path folder = Files.createDirectories(temp.resolve("wild"));
        Files.writeString(folder.resolve("agent.prompty"), """
                ---
                name: agent
                api_key: sk-do-not-import-0123456789
                model:
                  api: chat
                  configuration:
                    type: openai
                    name: gpt-4o-mini
                  parameters:
                    tools:
                      - type: function
                        function: {name: lookup, parameters: {type: object}}
                ---
                system:
                You answer briefly.

                user:
                {{question}}
                """);
        target = LocalStore.open(temp.resolve("target"));
        BundleImportViewModel importing = new BundleImportViewModel(services(target), refreshes::incrementAndGet);
        settle(importing.read(folder));
        var byKind = importing.reports().getFirst().notesByKind();
        assertThat(byKind).containsKeys(dev.playground.engine.bundle.FileReport.NoteKind.KEPT, dev.playground.engine.bundle.FileReport.NoteKind.DROPPED);

        BundleImportView view = new BundleImportView(importing, new I18n(Locale.forLanguageTag("es")));
        robot.interact(() -> ((Stage) robot.window(0)).setScene(new Scene(view.root(), 900, 700)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-kind-kept").queryAs(Label.class).getText())
                .isEqualTo("Guardado tal cual, se escribe de nuevo al exportar (" + byKind.get(dev.playground.engine.bundle.FileReport.NoteKind.KEPT).size() + ")");
        assertThat(robot.lookup("#import-kind-dropped").queryAs(Label.class).getText()).isEqualTo("Descartado: no se importa (1)");
        assertThat(robot.lookup(".bundle-note").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(text -> text.contains("api_key") && text.contains("not imported"));
        assertThat(robot.lookup(".list-cell").queryAllAs(javafx.scene.control.ListCell.class)).extracting(cell -> cell.getText())
                .contains("agent: prompt nuevo", "agent: la versión 1 del archivo pasa a ser la versión 1");
    }
}
