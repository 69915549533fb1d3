package dev.playground.engine.local;

import de.kherud.llama.LlamaModel;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.ResponseFormats;
import dev.playground.engine.provider.ChatProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * The {@code local} provider: runs a GGUF chat model in this process through llama.cpp. The connection's model is the
 * path of the model file. The model stays loaded between calls ({@link LoadedModels}); threads and context size come
 * from the settings at each call, so a change applies to the next one (reloading the model once).
 */
public final class LlamaChatProvider implements ChatProvider, AutoCloseable {
    /** The grammar-building schema for the plain JSON mode: any JSON object. */
    static final String ANY_OBJECT = "{\"type\":\"object\"}";

    private final Supplier<LocalModelSettings> settings;
    private final MemoryCheck memory;
    private final LoadedModels models = new LoadedModels();

    public LlamaChatProvider(Supplier<LocalModelSettings> settings, MemoryCheck memory) {
        this.settings = settings;
        this.memory = memory;
    }

    public LlamaChatProvider() {
        this(() -> LocalModelSettings.DEFAULTS, MemoryCheck.system());
    }

    @Override
    public ProviderKind kind() {
        return ProviderKind.LOCAL;
    }

    /** Checks the file before anything loads: it exists, it is a GGUF model, it fits in free memory, and the schema is usable. */
    @Override
    public void check(CompletionRequest request) {
        GgufFile header = header(request);
        if (!models.isLoaded(header.path())) {
            memory.warning(header.path(), header.sizeBytes()).ifPresent(warning -> {
                throw new ProviderException(ProviderException.Kind.CONFIGURATION, warning);
            });
        }
        grammar(request);
    }

    @Override
    public CompletionHandle stream(CompletionRequest request, String apiKey, CompletionListener listener) {
        GgufFile header;
        String grammar;
        try {
            header = header(request);
            grammar = grammar(request);
        } catch (ProviderException e) {
            return LlamaCall.failed(request, listener, e);
        }
        return new LlamaCall(request, listener, () -> models.acquire(header, settings.get()), grammar).start();
    }

    /** The model file itself, for "Test connection": its name and architecture. */
    @Override
    public List<String> listModels(Connection connection, String apiKey) {
        GgufFile header = header(new CompletionRequest(connection, connection.defaultModel(), null, List.of()));
        return List.of(header.displayName() + " (" + header.architecture() + ", " + LocalMessages.size(header.sizeBytes(), java.util.Locale.getDefault()) + ")");
    }

    /** The file a request names, read; a CONFIGURATION error with a message naming it when it is not a usable model. */
    static GgufFile header(CompletionRequest request) {
        String model = modelFile(request);
        if (model == null || model.isBlank()) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, LocalMessages.text("noFile", request.connection().name()));
        }
        Path file = Path.of(model);
        if (!Files.isRegularFile(file)) throw new ProviderException(ProviderException.Kind.CONFIGURATION, LocalMessages.text("missingFile", file));
        try {
            return GgufFile.read(file);
        } catch (LocalModelException e) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, e.getMessage());
        }
    }

    /**
     * The file to run: the request's model when it names a file, else the connection's. A prompt saved with another
     * provider's model name ("gpt-4o-mini") runs on the connection's model file.
     */
    static String modelFile(CompletionRequest request) {
        String asked = request.model();
        if (asked != null && !asked.isBlank() && Files.isRegularFile(Path.of(asked))) return asked;
        String own = request.connection().defaultModel();
        return own.isBlank() ? asked : own;
    }

    /** The grammar that enforces the response format, or null for plain text. */
    static String grammar(CompletionRequest request) {
        String format = request.settings().responseFormat();
        String schema = ResponseFormats.isJsonObject(format) ? ANY_OBJECT : ResponseFormats.isJsonSchema(format) ? format : null;
        if (schema == null) return null;
        var problem = ResponseFormats.schemaProblem(schema);
        if (problem.isPresent()) throw new ProviderException(ProviderException.Kind.CONFIGURATION, LocalMessages.text("badSchema", problem.get()));
        try {
            return LlamaModel.jsonSchemaToGrammar(schema);
        } catch (RuntimeException e) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, LocalMessages.text("badSchema", String.valueOf(e.getMessage())));
        }
    }

    /** Unloads the model (once its calls end). */
    @Override
    public void close() {
        models.close();
    }
}
