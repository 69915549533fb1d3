package dev.playground.ui.settings.models;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.local.MemoryCheck;
import dev.playground.engine.local.ModelDownload;
import dev.playground.engine.local.ModelKind;
import dev.playground.engine.local.ModelLibrary;
import dev.playground.engine.local.RecommendedModel;
import dev.playground.engine.local.testkit.ModelFileServer;
import dev.playground.engine.local.testkit.TinyChatModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.provider.SecretResolver;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.LocalStore;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import dev.playground.ui.settings.models.ModelDownloads.State;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings > Models with the synchronous executor and no stage: add, refuse, download (pause, resume, cancel, checksum), remove. */
class ModelsViewModelTest {
    @TempDir Path dir;
    private LocalStore store;
    private ModelFileServer server;
    private byte[] model;
    private final AtomicLong clock = new AtomicLong();
    private final ObservableList<Connection> connections = FXCollections.observableArrayList(Connection.dryRun());
    private ModelsViewModel viewModel;
    private long memoryFree = 1L << 40;

    @BeforeEach
    void setUp() throws Exception {
        UiThread.standInOnThisThread();
        store = LocalStore.open(dir.resolve("data"));
        store.connections().saveAll(List.copyOf(connections));
        model = Files.readAllBytes(TinyChatModel.write(dir.resolve("disk/tiny-chat.gguf")));
        server = ModelFileServer.loopback().serve("/org/repo/resolve/main/tiny-chat.gguf", model);
        viewModel = viewModel(Locale.ENGLISH);
    }

    private ModelsViewModel viewModel(Locale locale) {
        ConnectionService service = new ConnectionService(store.connections(), new ModelGateway(new SecretResolver(Map.of()), List.of()));
        ModelLibrary library = new ModelLibrary(service, dir.resolve("data/models"), url -> Optional.empty(),
                new MemoryCheck(() -> memoryFree), new ModelDownload());
        ModelsViewModel made = new ModelsViewModel(library, connections, store.connections()::all, new CurrentThreadTaskExecutor(), clock::get);
        made.setI18n(new I18n(locale));
        return made;
    }

    @AfterEach
    void tearDown() {
        UiThread.endStandIn();
        server.close();
        store.close();
    }

    private String url() {
        return server.url("/org/repo/resolve/main/tiny-chat.gguf");
    }

    @Test
    void a_model_added_from_disk_is_listed_and_its_connection_shows_in_the_pickers_at_once() {
        viewModel.addFromDisk(dir.resolve("disk/tiny-chat.gguf"));

        assertThat(viewModel.errorProperty().get()).isFalse();
        assertThat(viewModel.messageProperty().get()).contains("tiny-chat").contains("local-tiny-chat");
        assertThat(viewModel.models()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(ModelKind.CHAT);
            assertThat(row.connection()).isEqualTo("local-tiny-chat");
            assertThat(row.sizeBytes()).isEqualTo(model.length);
            assertThat(row.memoryWarning()).isNull();
        });
        assertThat(connections).extracting(Connection::name).contains("local-tiny-chat");
        assertThat(viewModel.lastAddedProperty().get()).isEqualTo("local-tiny-chat");
    }

    @Test
    void a_file_that_is_not_a_model_is_refused_by_name_in_the_windows_language() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.gguf"), "just notes");
        viewModel.addFromDisk(notes);
        assertThat(viewModel.errorProperty().get()).isTrue();
        assertThat(viewModel.messageProperty().get()).contains(notes.toString()).contains("not a GGUF model");

        ModelsViewModel spanish = viewModel(Locale.forLanguageTag("es"));
        spanish.addFromDisk(notes);
        assertThat(spanish.messageProperty().get()).contains(notes.toString()).contains("no es un modelo GGUF");
        assertThat(connections).extracting(Connection::name).containsExactly("Dry run");
    }

    @Test
    void a_model_that_needs_more_memory_than_is_free_is_added_with_a_warning() {
        memoryFree = 1 << 20;
        ModelsViewModel shortOfMemory = viewModel(Locale.ENGLISH);
        shortOfMemory.addFromDisk(dir.resolve("disk/tiny-chat.gguf"));
        assertThat(shortOfMemory.errorProperty().get()).isTrue();
        assertThat(shortOfMemory.messageProperty().get()).contains("needs about").contains("is free");
        assertThat(shortOfMemory.models()).singleElement().satisfies(row -> assertThat(row.memoryWarning()).contains("needs about"));
    }

    @Test
    void a_download_shows_its_progress_pauses_keeping_the_part_and_resumes_with_a_range_request() throws Exception {
        int held = model.length / 3;
        ModelDownloads downloads = viewModel.downloads();
        server.holdAfter(held, () -> {
            // mid-way: the window's frame reads the figures, two seconds later by the test's clock
            clock.addAndGet(2_000_000_000L);
            downloads.frame();
            downloads.pause();
            server.release();
        });
        viewModel.urlProperty().set(url());
        viewModel.sha256Property().set(ModelDownload.sha256Of(dir.resolve("disk/tiny-chat.gguf")));

        viewModel.download();
        assertThat(downloads.stateProperty().get()).isEqualTo(State.PAUSED);
        assertThat(downloads.statusProperty().get()).contains("Paused tiny-chat.gguf").contains("Resume");
        Path part = dir.resolve("data/models/tiny-chat.gguf.part");
        long kept = Files.size(part);
        assertThat(kept).isPositive().isLessThan(model.length);

        downloads.resume();
        assertThat(downloads.stateProperty().get()).as(downloads.statusProperty().get()).isEqualTo(State.DONE);
        assertThat(server.requests).last().isEqualTo("/org/repo/resolve/main/tiny-chat.gguf bytes=" + kept + "-");
        assertThat(Files.readAllBytes(dir.resolve("data/models/tiny-chat.gguf"))).isEqualTo(model);
        assertThat(viewModel.models()).extracting(ModelRow::connection).containsExactly("local-tiny-chat");
        assertThat(connections).extracting(Connection::name).contains("local-tiny-chat");
        assertThat(viewModel.messageProperty().get()).contains("Downloaded tiny-chat");
    }

    @Test
    void progress_reads_bytes_speed_and_time_left() {
        SpeedMeter meter = new SpeedMeter();
        assertThat(meter.sample(0, 0)).isZero();
        assertThat(meter.sample(1_000_000, 200_000_000L)).as("under half a second: not yet").isZero();
        assertThat(meter.sample(2_400_000, 1_000_000_000L)).isEqualTo(2_400_000.0);
        assertThat(meter.secondsLeft(2_400_000, 491_000_000)).isEqualTo(204);
        assertThat(meter.secondsLeft(2_400_000, -1)).isEqualTo(-1);

        I18n english = new I18n(Locale.ENGLISH);
        assertThat(ModelDownloads.progressLine(english, "Qwen", 167_000_000, 491_000_000, 2_400_000, 135))
                .isEqualTo("Downloading Qwen: 167 MB of 491 MB (34%) at 2.4 MB/s, about 2 min left");
        assertThat(ModelDownloads.progressLine(english, "Qwen", 5_000_000, -1, 0, -1)).isEqualTo("Downloading Qwen: 5.0 MB");
        assertThat(ModelDownloads.progressLine(new I18n(Locale.forLanguageTag("es")), "Qwen", 1_120_000_000, 2_020_000_000, 2_400_000, 375))
                .isEqualTo("Descargando Qwen: 1,1 GB de 2,0 GB (55 %) a 2,4 MB/s, faltan unos 6 min");
    }

    @Test
    void a_cancelled_download_deletes_what_arrived() {
        ModelDownloads downloads = viewModel.downloads();
        server.holdAfter(model.length / 2, () -> {
            downloads.cancel();
            server.release();
        });
        viewModel.urlProperty().set(url());
        viewModel.download();
        assertThat(downloads.stateProperty().get()).isEqualTo(State.IDLE);
        assertThat(downloads.statusProperty().get()).contains("Cancelled");
        assertThat(dir.resolve("data/models/tiny-chat.gguf.part")).doesNotExist();
        assertThat(viewModel.models()).isEmpty();
    }

    @Test
    void a_damaged_download_and_bad_input_get_plain_messages() {
        viewModel.urlProperty().set(url());
        viewModel.sha256Property().set("0".repeat(64));
        viewModel.download();
        ModelDownloads downloads = viewModel.downloads();
        assertThat(downloads.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(downloads.statusProperty().get()).contains("tiny-chat.gguf is damaged").contains("0".repeat(64));
        assertThat(dir.resolve("data/models/tiny-chat.gguf.part")).doesNotExist();
        downloads.cancel();

        viewModel.sha256Property().set("abc");
        viewModel.download();
        assertThat(viewModel.messageProperty().get()).contains("64 hexadecimal digits");

        viewModel.sha256Property().set("");
        viewModel.urlProperty().set("ftp://example.org/model.gguf");
        viewModel.download();
        assertThat(viewModel.messageProperty().get()).contains("not an http:// or https:// link");

        viewModel.urlProperty().set(server.url("/missing.gguf"));
        viewModel.download();
        assertThat(downloads.statusProperty().get()).contains("HTTP 404");
    }

    @Test
    void a_recommended_model_downloads_under_its_usual_name() {
        RecommendedModel tiny = new RecommendedModel("tiny", "Tiny chat", ModelKind.CHAT, URI.create(url()), "tiny-recommended.gguf",
                model.length, "MIT");
        viewModel.download(tiny);
        assertThat(viewModel.downloads().stateProperty().get()).isEqualTo(State.DONE);
        assertThat(viewModel.models()).extracting(ModelRow::connection).containsExactly("local-tiny-recommended");
        assertThat(viewModel.describe(RecommendedModel.QWEN_05B)).contains("491 MB").contains("Apache 2.0").contains("needs about");
    }

    @Test
    void removing_asks_first_naming_the_connection_and_leaves_a_file_from_elsewhere_on_disk() {
        viewModel.addFromDisk(dir.resolve("disk/tiny-chat.gguf"));
        ModelRow row = viewModel.models().get(0);
        assertThat(viewModel.removeQuestion(row)).contains("local-tiny-chat").contains("stays where it is");

        viewModel.remove(row);
        assertThat(viewModel.models()).isEmpty();
        assertThat(connections).extracting(Connection::name).doesNotContain("local-tiny-chat");
        assertThat(dir.resolve("disk/tiny-chat.gguf")).exists();
        assertThat(viewModel.messageProperty().get()).contains("left where it is");
    }
}
