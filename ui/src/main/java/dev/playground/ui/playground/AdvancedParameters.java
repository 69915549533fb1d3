package dev.playground.ui.playground;

import dev.playground.engine.model.ModelParameter;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ParameterSupport;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.ResponseFormats;
import dev.playground.ui.common.I18n;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The parameters beyond temperature and max tokens, as typed (blank = the provider's default), and
 * for each the reason the chosen provider does not take it (empty when it does). Values the provider
 * ignores are kept, so switching back restores them; the gateway leaves them out of the request.
 */
public final class AdvancedParameters {
    /** How the answer is shaped. */
    public enum ResponseMode {
        TEXT(null), JSON(ModelParameter.JSON_MODE), SCHEMA(ModelParameter.JSON_SCHEMA);

        private final ModelParameter parameter;

        ResponseMode(ModelParameter parameter) {
            this.parameter = parameter;
        }

        /** The capability this mode needs; null for plain text, which every provider gives. */
        public ModelParameter parameter() {
            return parameter;
        }
    }

    private final StringProperty topP = new SimpleStringProperty(this, "topP", "");
    private final StringProperty topK = new SimpleStringProperty(this, "topK", "");
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "");
    private final StringProperty presencePenalty = new SimpleStringProperty(this, "presencePenalty", "");
    private final StringProperty frequencyPenalty = new SimpleStringProperty(this, "frequencyPenalty", "");
    /** One stop sequence per line; a typed \n stands for a line break. */
    private final StringProperty stopSequences = new SimpleStringProperty(this, "stopSequences", "");
    private final ObjectProperty<ResponseMode> responseMode = new SimpleObjectProperty<>(this, "responseMode", ResponseMode.TEXT);
    private final StringProperty jsonSchema = new SimpleStringProperty(this, "jsonSchema", "");
    private final Map<ModelParameter, ReadOnlyStringWrapper> unsupported = new EnumMap<>(ModelParameter.class);
    private I18n i18n;

    AdvancedParameters(I18n i18n) {
        this.i18n = i18n;
        for (ModelParameter parameter : ModelParameter.values()) unsupported.put(parameter, new ReadOnlyStringWrapper(this, parameter.name(), ""));
    }

    void setI18n(I18n i18n) {
        this.i18n = i18n;
    }

    /** Recomputes every "why not" for the provider now chosen. */
    void showSupportOf(ProviderKind kind) {
        for (ModelParameter parameter : ModelParameter.values()) {
            unsupported.get(parameter).set(kind == null ? "" : ParameterSupport.whyUnsupported(kind, parameter)
                    .map(englishReason -> localised(kind, parameter, englishReason)).orElse(""));
        }
    }

    /** The reason in the window's language when the bundle has it, the engine's English wording otherwise. */
    private String localised(ProviderKind kind, ModelParameter parameter, String englishReason) {
        String key = "parameters.unsupported." + kind.cliName() + "." + parameter.name().toLowerCase(Locale.ROOT).replace('_', '-');
        String text = i18n.text(key);
        return text.equals("!" + key + "!") ? englishReason : text;
    }

    /** Empty when the chosen provider takes {@code parameter}; otherwise why not, for the disabled control's tooltip. */
    public ReadOnlyStringProperty unsupportedReason(ModelParameter parameter) {
        return unsupported.get(parameter).getReadOnlyProperty();
    }

    /** The first value that cannot be read, worded for the status line; empty when every value is fine. */
    Optional<String> problem() {
        return check(topP, "parameters.topP", 0, 1, false)
                .or(() -> check(topK, "parameters.topK", 1, 1_000_000, true))
                .or(() -> check(seed, "parameters.seed", Integer.MIN_VALUE, Integer.MAX_VALUE, true))
                .or(() -> check(presencePenalty, "parameters.presencePenalty", -2, 2, false))
                .or(() -> check(frequencyPenalty, "parameters.frequencyPenalty", -2, 2, false))
                .or(this::schemaProblem);
    }

    private Optional<String> schemaProblem() {
        if (responseMode.get() != ResponseMode.SCHEMA) return Optional.empty();
        String schema = jsonSchema.get().strip();
        if (schema.isEmpty()) return Optional.of(i18n.text("parameters.error.schemaEmpty"));
        return ResponseFormats.schemaProblem(schema).map(why -> i18n.text("parameters.error.schemaJson", why));
    }

    private Optional<String> check(StringProperty field, String labelKey, double min, double max, boolean whole) {
        String text = field.get().strip();
        if (text.isEmpty()) return Optional.empty();
        Double value = number(text);
        if (value != null && value >= min && value <= max && (!whole || value == Math.rint(value))) return Optional.empty();
        String range = whole && min == Integer.MIN_VALUE ? i18n.text("parameters.range.whole")
                : i18n.text(whole ? "parameters.range.wholeBetween" : "parameters.range.between", format(min), format(max));
        return Optional.of(i18n.text("parameters.error.number", i18n.text(labelKey), text, range));
    }

    private String format(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : i18n.number(value, 0, 4);
    }

    private static Double number(String text) {
        try {
            return Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** {@code base} with these parameters; unreadable values count as "provider default". */
    ModelSettings applyTo(ModelSettings base) {
        Double p = number(topP.get().strip());
        Double k = number(topK.get().strip());
        Double s = number(seed.get().strip());
        return new ModelSettings(base.temperature(), p, k == null ? null : k.intValue(), base.maxTokens(), stops(),
                s == null ? null : s.intValue(), number(presencePenalty.get().strip()), number(frequencyPenalty.get().strip()), responseFormat());
    }

    private List<String> stops() {
        List<String> stops = new ArrayList<>();
        for (String line : stopSequences.get().split("\\R")) {
            if (!line.isEmpty()) stops.add(line.replace("\\n", "\n").replace("\\t", "\t"));
        }
        return stops;
    }

    private String responseFormat() {
        return switch (responseMode.get()) {
            case TEXT -> null;
            case JSON -> "json";
            case SCHEMA -> jsonSchema.get().isBlank() ? null : jsonSchema.get().strip();
        };
    }

    /** Shows the parameters of a saved document. */
    void load(ModelSettings settings) {
        topP.set(text(settings.topP()));
        topK.set(settings.topK() == null ? "" : settings.topK().toString());
        seed.set(settings.seed() == null ? "" : settings.seed().toString());
        presencePenalty.set(text(settings.presencePenalty()));
        frequencyPenalty.set(text(settings.frequencyPenalty()));
        stopSequences.set(String.join("\n", settings.stopSequences().stream().map(s -> s.replace("\n", "\\n").replace("\t", "\\t")).toList()));
        String format = settings.responseFormat();
        if (ResponseFormats.isJsonSchema(format)) {
            responseMode.set(ResponseMode.SCHEMA);
            jsonSchema.set(format.strip());
        } else {
            responseMode.set(ResponseFormats.isJsonObject(format) ? ResponseMode.JSON : ResponseMode.TEXT);
        }
    }

    private String text(Double value) {
        return value == null ? "" : format(value);
    }

    public StringProperty topPProperty() { return topP; }
    public StringProperty topKProperty() { return topK; }
    public StringProperty seedProperty() { return seed; }
    public StringProperty presencePenaltyProperty() { return presencePenalty; }
    public StringProperty frequencyPenaltyProperty() { return frequencyPenalty; }
    public StringProperty stopSequencesProperty() { return stopSequences; }
    public ObjectProperty<ResponseMode> responseModeProperty() { return responseMode; }
    public StringProperty jsonSchemaProperty() { return jsonSchema; }
}
