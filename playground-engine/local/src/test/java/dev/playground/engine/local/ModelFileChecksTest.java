package dev.playground.engine.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.local.testkit.Recorder;
import dev.playground.engine.local.testkit.TinyChatModel;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that are not usable models are refused with a message that names them; short memory is refused before loading. */
class ModelFileChecksTest {
    @TempDir Path dir;

    private static CompletionRequest request(Path file) {
        Connection local = new Connection("local-x", "local-x", ProviderKind.LOCAL, "", "", file.toString());
        return new CompletionRequest(local, null, ModelSettings.of(0.0, 4), List.of(new RenderedMessage(Role.USER, "Hi")));
    }

    @Test
    void theHeaderOfTheGeneratedModelIsRead() {
        GgufFile header = GgufFile.read(TinyChatModel.write(dir.resolve("tiny-chat.gguf")));

        assertThat(header.version()).isEqualTo(3);
        assertThat(header.architecture()).isEqualTo("llama");
        assertThat(header.displayName()).isEqualTo("tiny-chat");
        assertThat(header.contextLength()).isEqualTo(TinyChatModel.CONTEXT);
        assertThat(header.hasChatTemplate()).isTrue();
        assertThat(header.vocabularySize()).isEqualTo(TinyChatModel.vocabulary().size());
        assertThat(header.tensorCount()).isEqualTo(3 + 9 * TinyChatModel.LAYERS);
    }

    @Test
    void aFileThatIsNotAModelIsRefusedByName() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.gguf"), "plain text, not weights");
        LlamaChatProvider provider = new LlamaChatProvider();

        assertThatThrownBy(() -> provider.check(request(notes))).isInstanceOf(ProviderException.class)
                .hasMessageContaining(notes.toString()).hasMessageContaining("not a GGUF model");
        assertThatThrownBy(() -> provider.check(request(dir.resolve("gone.gguf")))).hasMessageContaining("gone.gguf").hasMessageContaining("does not exist");
    }

    @Test
    void aDownloadCutShortInTheHeaderIsCalledTruncated() throws Exception {
        byte[] whole = Files.readAllBytes(TinyChatModel.write(dir.resolve("whole.gguf")));
        Path cut = Files.write(dir.resolve("cut.gguf"), Arrays.copyOf(whole, 2000));

        assertThatThrownBy(() -> GgufFile.read(cut)).isInstanceOf(LocalModelException.class)
                .hasMessageContaining(cut.toString()).hasMessageContaining("ends too early");
    }

    @Test
    void aFileLlamaCppCannotLoadIsNamedWhenTheCallRuns() throws Exception {
        byte[] whole = Files.readAllBytes(TinyChatModel.write(dir.resolve("whole.gguf")));
        Path cut = Files.write(dir.resolve("half.gguf"), Arrays.copyOf(whole, whole.length / 2)); // header whole, weights cut
        LlamaChatProvider provider = new LlamaChatProvider(() -> new LocalModelSettings(1, 256, 0), new MemoryCheck(() -> 64L << 30));
        try (provider) {
            Recorder recorder = new Recorder();
            var handle = provider.stream(request(cut), null, recorder);

            assertThatThrownBy(() -> handle.result().orTimeout(60, TimeUnit.SECONDS).join()).isInstanceOf(CompletionException.class)
                    .cause().hasMessageContaining(cut.toString()).hasMessageContaining("could not load");
            assertThat(recorder.error.kind()).isEqualTo(ProviderException.Kind.CONFIGURATION);
        }
    }

    @Test
    void aModelBiggerThanFreeMemoryIsRefusedBeforeLoadingWithTheFigures() {
        Path model = TinyChatModel.write(dir.resolve("tiny-chat.gguf"));
        LlamaChatProvider provider = new LlamaChatProvider(() -> LocalModelSettings.DEFAULTS, new MemoryCheck(() -> 100L << 20));

        assertThatThrownBy(() -> provider.check(request(model))).isInstanceOf(ProviderException.class)
                .hasMessageContaining(model.toString()).hasMessageContaining("100 MB").hasMessageContaining("smaller model");
    }

    @Test
    void messagesAreInSpanishToo() {
        assertThat(LocalMessages.text(Locale.forLanguageTag("es"), "notGguf", "/m/x.gguf")).contains("/m/x.gguf").contains("no es un modelo GGUF");
        assertThat(new MemoryCheck(() -> 1L << 20).warning(Path.of("/m/big.gguf"), 4L << 30, Locale.forLanguageTag("es")))
                .get().asString().contains("necesita").contains("4,6 GB");
    }
}
