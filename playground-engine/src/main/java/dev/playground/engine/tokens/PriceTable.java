package dev.playground.engine.tokens;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Prices per provider and model that people can edit. The app ships dated defaults as a resource;
 * an edited table is saved as YAML (same shape) and replaces them. {@code asOf} says when the
 * prices were last checked, so a stale table is visible.
 */
public record PriceTable(LocalDate asOf, List<ModelPrice> prices) {
    private static final String DEFAULTS = "prices.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER).enable(YAMLGenerator.Feature.MINIMIZE_QUOTES))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public PriceTable {
        prices = List.copyOf(prices);
    }

    public static PriceTable defaults() {
        try (InputStream in = PriceTable.class.getResourceAsStream(DEFAULTS)) {
            return YAML.readValue(in, Yaml.class).toTable();
        } catch (IOException e) {
            throw new UncheckedIOException("The default price table is missing from the build", e);
        }
    }

    /** The table saved at {@code file}, or the shipped defaults when there is none yet. */
    public static PriceTable loadOrDefaults(Path file) throws IOException {
        if (!Files.exists(file)) return defaults();
        try {
            return YAML.readValue(file.toFile(), Yaml.class).toTable();
        } catch (IOException | RuntimeException e) {
            throw new IOException("The price table " + file + " cannot be read (" + e.getMessage()
                    + "). Fix the file or delete it to go back to the shipped prices.", e);
        }
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, toYaml());
        Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public String toYaml() {
        try {
            return YAML.writeValueAsString(new Yaml(asOf.toString(), prices.stream().map(PriceRow::of).toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy with {@code price} added, replacing any row for the same provider and model. */
    public PriceTable with(ModelPrice price, LocalDate checkedOn) {
        List<ModelPrice> rows = new ArrayList<>(prices.stream()
                .filter(p -> !(p.provider().equalsIgnoreCase(price.provider()) && p.model().equalsIgnoreCase(price.model()))).toList());
        rows.add(price);
        return new PriceTable(checkedOn, rows);
    }

    /**
     * The price of {@code model} at {@code provider} (a provider name such as "openai"; blank matches
     * any). The longest matching model prefix wins; "*" rows match any model of their provider (and a
     * "*" row without a provider any model at all).
     */
    public Optional<ModelPrice> lookup(String provider, String model) {
        if (model == null || model.isBlank()) return Optional.empty();
        String name = ModelNames.bare(model);
        String wantedProvider = provider == null ? "" : provider.strip().toLowerCase(Locale.ROOT);
        ModelPrice best = null;
        for (ModelPrice price : prices) {
            boolean providerMatches = wantedProvider.isEmpty() || price.provider().isEmpty()
                    || price.provider().equalsIgnoreCase(wantedProvider);
            String prefix = price.model().toLowerCase(Locale.ROOT);
            // A provider's "*" row prices that provider's models, not any model of an unnamed provider
            // (else a dry run or an unknown server would be priced as free by Ollama's row).
            boolean wildcard = prefix.equals("*") && (price.provider().isEmpty() || !wantedProvider.isEmpty());
            boolean modelMatches = wildcard || name.startsWith(prefix);
            if (providerMatches && modelMatches && (best == null || specificity(price) > specificity(best))) best = price;
        }
        return Optional.ofNullable(best);
    }

    private static int specificity(ModelPrice price) {
        return price.model().equals("*") ? 0 : price.model().length();
    }

    /** The file shape: kept separate so the YAML reads naturally and the record stays immutable. */
    private record Yaml(String asOf, List<PriceRow> prices) {
        PriceTable toTable() {
            if (prices == null) throw new IllegalArgumentException("no `prices:` list");
            return new PriceTable(asOf == null ? LocalDate.EPOCH : LocalDate.parse(asOf), prices.stream().map(PriceRow::toPrice).toList());
        }
    }

    private record PriceRow(String provider, String model, java.math.BigDecimal inputPerMillion, java.math.BigDecimal outputPerMillion,
                            Integer contextWindow) {
        static PriceRow of(ModelPrice price) {
            return new PriceRow(price.provider(), price.model(), price.inputPerMillion(), price.outputPerMillion(), price.contextWindow());
        }

        ModelPrice toPrice() {
            if (model == null) throw new IllegalArgumentException("a row has no `model`");
            return new ModelPrice(provider, model, inputPerMillion, outputPerMillion, contextWindow);
        }
    }
}
