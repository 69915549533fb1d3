package dev.playground.engine.bundle;

import dev.playground.engine.prompt.RegistryNames;
import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.prompt.file.PromptFileException;
import dev.playground.engine.prompt.file.PromptyFormat;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code .prompty} files (v1 and v2 front matter) in and out of bundles, through the template
 * feature's {@link PromptyFormat} so there is one Prompty parser. Adds what a registry needs
 * around it: tags ({@code tags} in v1, {@code metadata.tags} in v2), the first author, and a
 * report of front-matter fields Prompty has and we do not (tools, for example).
 */
public final class PromptyInterop {
    public static final String FORMAT = "Prompty";

    private final SafeYaml yaml;

    public PromptyInterop(SafeYaml yaml) {
        this.yaml = yaml;
    }

    /** {@code baseDir} is the file's folder on disk, for {@code ${file:...}} samples; null inside a zip. */
    public BundledPrompt read(byte[] content, String path, Path baseDir, List<String> warnings) throws BundleFileException {
        String text = new String(content, StandardCharsets.UTF_8);
        PromptyFormat.Reading reading;
        try {
            reading = PromptyFormat.readDetailed(text, baseDir);
        } catch (PromptFileException e) {
            throw new BundleFileException(path + (e.line() > 0 ? " line " + e.line() : "") + ": " + e.getMessage(), e);
        }
        PromptFile file = reading.file();
        JsonNode front = reading.front();
        warnings.addAll(reading.notes());
        Set<String> tags = new LinkedHashSet<>(Json.strings(front.path("tags")));
        tags.addAll(Json.strings(front.path("metadata").path("tags")));
        List<String> authors = Json.strings(front.has("authors") ? front.path("authors") : front.path("metadata").path("authors"));
        String version = front.has("version") ? Json.text(front, "version") : Json.text(front.path("metadata"), "version");
        String stem = path.substring(path.lastIndexOf('/') + 1).replaceFirst("(?i)\\.prompty$", "");
        String name = RegistryNames.fromText(file.name().isBlank() ? stem : file.name());
        Map<String, Object> kept = new TreeMap<>();
        if (!file.provider().isEmpty()) kept.put("provider", file.provider());
        if (!file.description().isEmpty()) kept.put("description", file.description());
        kept.putAll(PromptyKept.read(front, reading.body(), warnings));
        List<String> dropped = new ArrayList<>();
        kept = SecretFilter.clean(kept, "prompty", dropped);
        dropped.forEach(field -> warnings.add("'" + field + "' looks like a secret and was not imported"));
        String message = "Imported from " + path + (version.isBlank() ? "" : " (version " + version + ")");
        BundledVersion bundled = new BundledVersion(1, file.document(), message, authors.isEmpty() ? "" : authors.getFirst(), null,
                List.of(), kept.isEmpty() ? Map.of() : Map.of("prompty", kept));
        return new BundledPrompt(name, new ArrayList<>(tags), Map.of(), List.of(bundled));
    }

    /** The version a .prompty export carries (one file holds one version), written as Prompty v2. */
    @SuppressWarnings("unchecked")
    public String write(BundledPrompt prompt, BundledVersion stored) {
        BundledVersion version = LiteralText.unwrapped(stored);
        Map<String, Object> kept = version.extras().get("prompty") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        String description = kept.getOrDefault("description", "").toString();
        String provider = kept.getOrDefault("provider", "").toString();
        return PromptyFormat.write(new PromptFile(prompt.name(), description, provider, version.document()),
                PromptyKept.body(kept, version.document()), PromptyKept.inputDetails(kept), PromptyKept.front(kept));
    }
}
