package dev.playground.ui.documents;

import dev.playground.engine.model.Connection;
import dev.playground.engine.retrieval.CollectionSettings;
import dev.playground.engine.retrieval.ContextDefaults;
import dev.playground.engine.retrieval.chunk.ChunkingSettings;
import dev.playground.engine.retrieval.embed.EmbeddingChoice;
import dev.playground.ui.common.I18n;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The form for one collection's settings: splitter, size and overlap, embedding model (built-in or
 * a model of a saved connection), chunk format, top k and minimum score. It only edits values;
 * {@link DocumentsViewModel} saves them and re-indexes in the background.
 */
public final class CollectionSettingsViewModel {
    /** A choice in the embedding picker: the built-in model (empty id) or a saved connection. */
    public record EmbeddingOption(String connectionId, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** What the form holds, checked; {@code problem} is set instead when a value is not acceptable. */
    public record Values(ChunkingSettings chunking, EmbeddingChoice embedding, ContextDefaults context) {}


    private final ObservableList<Connection> connections;
    private I18n i18n;

    private final ObjectProperty<ChunkingSettings.Unit> splitter = new SimpleObjectProperty<>(this, "splitter", ChunkingSettings.Unit.CHARACTERS);
    private final IntegerProperty size = new SimpleIntegerProperty(this, "size", ChunkingSettings.DEFAULTS.maxSize());
    private final IntegerProperty overlap = new SimpleIntegerProperty(this, "overlap", ChunkingSettings.DEFAULTS.overlap());
    private final BooleanProperty searchContext = new SimpleBooleanProperty(this, "searchContext", true);
    private final ObservableList<EmbeddingOption> embeddingOptions = FXCollections.observableArrayList();
    private final ObjectProperty<EmbeddingOption> embeddingOption = new SimpleObjectProperty<>(this, "embeddingOption");
    private final StringProperty embeddingModel = new SimpleStringProperty(this, "embeddingModel", "");
    private final StringProperty chunkFormat = new SimpleStringProperty(this, "chunkFormat", ContextDefaults.DEFAULTS.chunkFormat());
    private final IntegerProperty topK = new SimpleIntegerProperty(this, "topK", ContextDefaults.DEFAULTS.topK());
    private final StringProperty minScore = new SimpleStringProperty(this, "minScore", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private CollectionSettings loaded;

    public CollectionSettingsViewModel(ObservableList<Connection> connections, I18n i18n) {
        this.connections = connections;
        this.i18n = i18n;
        rebuildOptions();
        connections.addListener((ListChangeListener<Connection>) change -> rebuildOptions());
        splitter.addListener((obs, old, now) -> switchDefaults(old, now));
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        rebuildOptions();
        if (loaded != null) summary.set(describe(loaded));
    }

    /** Shows a collection's saved settings. */
    public void load(CollectionSettings settings) {
        loaded = settings;
        splitter.set(settings.chunking().unit());
        size.set(settings.chunking().maxSize());
        overlap.set(settings.chunking().overlap());
        searchContext.set(settings.chunking().searchContext());
        String connectionId = settings.embedding().connectionId();
        embeddingOption.set(embeddingOptions.stream().filter(o -> o.connectionId().equals(connectionId)).findFirst()
                .orElseGet(() -> missingConnection(connectionId)));
        embeddingModel.set(settings.embedding().model());
        chunkFormat.set(settings.context().chunkFormat());
        topK.set(settings.context().topK());
        minScore.set(settings.context().minScore() == null ? "" : String.valueOf(settings.context().minScore()));
        problem.set("");
        summary.set(describe(settings));
    }

    /** Puts the documented defaults in the form (nothing is saved until Apply). */
    public void resetToDefaults() {
        splitter.set(ChunkingSettings.Unit.CHARACTERS);
        size.set(ChunkingSettings.DEFAULTS.maxSize());
        overlap.set(ChunkingSettings.DEFAULTS.overlap());
        searchContext.set(ChunkingSettings.DEFAULTS.searchContext());
        embeddingOption.set(embeddingOptions.getFirst());
        embeddingModel.set("");
        chunkFormat.set(ContextDefaults.DEFAULTS.chunkFormat());
        topK.set(ContextDefaults.DEFAULTS.topK());
        minScore.set("");
        problem.set("");
    }

    /** The form's values when they are acceptable; otherwise empty, and {@link #problemProperty()} says why. */
    public Optional<Values> values() {
        try {
            ChunkingSettings chunking = new ChunkingSettings(splitter.get(), size.get(), overlap.get(), searchContext.get());
            EmbeddingOption option = embeddingOption.get();
            EmbeddingChoice embedding = option == null || option.connectionId().isEmpty() ? EmbeddingChoice.BUILT_IN
                    : new EmbeddingChoice(option.connectionId(), embeddingModel.get());
            ContextDefaults context = new ContextDefaults(chunkFormat.get(), topK.get(), parseMinScore());
            problem.set("");
            return Optional.of(new Values(chunking, embedding, context));
        } catch (IllegalArgumentException e) {
            problem.set(e.getMessage());
            return Optional.empty();
        }
    }

    private Double parseMinScore() {
        String text = minScore.get() == null ? "" : minScore.get().strip().replace(',', '.');
        if (text.isEmpty()) return null;
        try {
            return Double.valueOf(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(i18n.text("documents.settings.error.minScore", minScore.get()));
        }
    }

    /** A one-line description for the collapsed settings title. */
    String describe(CollectionSettings settings) {
        ChunkingSettings c = settings.chunking();
        String model = settings.embedding().builtIn() ? i18n.text("documents.settings.embedding.builtIn")
                : settings.embedding().model() + " · " + connectionName(settings.embedding().connectionId());
        return i18n.text("documents.settings.summary", i18n.text(unitKey(c.unit())), c.maxSize(), c.overlap(), model, settings.context().topK());
    }

    static String unitKey(ChunkingSettings.Unit unit) {
        return "documents.settings.splitter." + unit.name().toLowerCase(Locale.ROOT);
    }

    private String connectionName(String id) {
        return connections.stream().filter(c -> c.id().equals(id)).map(Connection::name).findFirst().orElse(id);
    }

    /** Moving to another splitter brings its default sizes, unless the person had changed them. */
    private void switchDefaults(ChunkingSettings.Unit old, ChunkingSettings.Unit now) {
        if (old == null || now == null) return;
        ChunkingSettings before = ChunkingSettings.defaultsFor(old);
        if (size.get() == before.maxSize() && overlap.get() == before.overlap()) {
            size.set(ChunkingSettings.defaultsFor(now).maxSize());
            overlap.set(ChunkingSettings.defaultsFor(now).overlap());
        }
    }

    private void rebuildOptions() {
        String selected = embeddingOption.get() == null ? "" : embeddingOption.get().connectionId();
        embeddingOptions.setAll(new EmbeddingOption("", i18n.text("documents.settings.embedding.builtIn")));
        for (Connection c : connections) {
            if (c.kind().hasEmbeddings()) embeddingOptions.add(new EmbeddingOption(c.id(), c.name()));
        }
        embeddingOption.set(embeddingOptions.stream().filter(o -> o.connectionId().equals(selected)).findFirst()
                .orElseGet(() -> selected.isEmpty() ? embeddingOptions.getFirst() : missingConnection(selected)));
    }

    /** A saved choice whose connection was removed stays visible (and fails clearly) instead of silently changing. */
    private EmbeddingOption missingConnection(String id) {
        if (id.isEmpty()) return embeddingOptions.getFirst();
        EmbeddingOption missing = new EmbeddingOption(id, i18n.text("documents.settings.embedding.missing", id));
        embeddingOptions.add(missing);
        return missing;
    }

    public ObjectProperty<ChunkingSettings.Unit> splitterProperty() { return splitter; }
    /** Whether search reads each chunk with its heading path and outline (off: by its own words only). */
    public BooleanProperty searchContextProperty() { return searchContext; }
    public IntegerProperty sizeProperty() { return size; }
    public IntegerProperty overlapProperty() { return overlap; }
    public ObservableList<EmbeddingOption> embeddingOptions() { return embeddingOptions; }
    public ObjectProperty<EmbeddingOption> embeddingOptionProperty() { return embeddingOption; }
    public StringProperty embeddingModelProperty() { return embeddingModel; }
    public StringProperty chunkFormatProperty() { return chunkFormat; }
    public IntegerProperty topKProperty() { return topK; }
    public StringProperty minScoreProperty() { return minScore; }
    public ReadOnlyStringProperty problemProperty() { return problem.getReadOnlyProperty(); }
    public ReadOnlyStringProperty summaryProperty() { return summary.getReadOnlyProperty(); }
}
