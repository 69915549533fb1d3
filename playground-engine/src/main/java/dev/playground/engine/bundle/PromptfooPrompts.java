package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RegistryNames;
import dev.playground.engine.model.Role;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The {@code prompts} of a promptfoo config, in every form its documentation allows: inline text (a JSON chat array
 * too), {@code file://} paths and globs, bare relative paths to files that exist, {@code {id, label}} and
 * {@code {raw, label}} objects, {@code messages:} lists of role and content (content itself may be {@code file://}),
 * chat arrays inline in YAML. Files: text ({@code .txt .md .j2}, several prompts split by {@code ---} lines), chat
 * arrays in {@code .json} (also when written as a Nunjucks template, see {@link NunjucksChat}), {@code .yaml}, one per
 * line in {@code .jsonl}, a {@code prompt} column in {@code .csv}. Code prompts ({@code .js}, {@code .py}) and
 * external services are reported.
 */
final class PromptfooPrompts {
    /** One prompt; {@code source} is the original file text when it cannot be rebuilt from the messages (else null). */
    record Named(String name, PromptTemplate template, String source) {}

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TEXT = Set.of("txt", "md", "j2", "njk", "prompt", "tmpl");
    private static final Set<String> FILES = Set.of("txt", "md", "j2", "njk", "prompt", "tmpl", "json", "yaml", "yml", "jsonl", "csv");

    private final SafeYaml yaml;
    private final PromptfooConfig.Siblings siblings;
    private final List<String> warnings;
    private final List<Named> out = new ArrayList<>();
    /** What a prompt without a label or file is named after: "promptfoo-prompt", or the config's own name when it has one. */
    private String unnamed = "promptfoo-prompt";

    PromptfooPrompts(SafeYaml yaml, PromptfooConfig.Siblings siblings, List<String> warnings) {
        this.yaml = yaml;
        this.siblings = siblings;
        this.warnings = warnings;
    }

    /** Names unlabelled prompts after a config not called promptfooconfig, so two configs' first prompts are not one prompt. */
    PromptfooPrompts namedAfter(String configPath) {
        String file = configPath.substring(configPath.lastIndexOf('/') + 1).replaceFirst("(?i)\\.(ya?ml|json)$", "");
        if (!file.equalsIgnoreCase("promptfooconfig") && !file.isBlank()) unnamed = RegistryNames.fromText(file) + "-prompt";
        return this;
    }

    List<Named> read(JsonNode prompts) throws BundleFileException {
        if (prompts.isTextual() || prompts.isObject()) entry(prompts);
        else if (prompts.isArray() && isChatList(prompts)) add("", "", chat(prompts, "the config's prompts"), null);
        else for (JsonNode prompt : prompts) entry(prompt);
        return out;
    }

    private void entry(JsonNode prompt) throws BundleFileException {
        if (prompt.isArray()) {
            add("", "", chat(prompt, "a chat prompt in the config"), null);
            return;
        }
        if (prompt.isTextual()) {
            reference(prompt.asText(), "");
            return;
        }
        if (!prompt.isObject()) {
            warnings.add("prompt entry " + prompt + " is neither text, a list of messages nor an object; it was not imported");
            return;
        }
        String label = Json.text(prompt, "label");
        if (prompt.has("messages")) add(label, Json.text(prompt, "id"), chat(prompt.get("messages"), "prompt '" + label + "'"), null);
        else if (prompt.has("raw")) add(label, "", inline(prompt.get("raw").asText()), null);
        else if (prompt.hasNonNull("id")) reference(Json.text(prompt, "id"), label);
        else warnings.add("prompt entry " + (label.isEmpty() ? "without a label" : "'" + label + "'") + " has no id, raw or messages; it was not imported");
    }

    private void reference(String reference, String label) throws BundleFileException {
        if (reference.matches("^[a-z][a-z0-9+.-]*://.*") && !reference.startsWith("file://")) {
            warnings.add("prompt '" + reference + "' comes from an external service and was not imported; import it from there");
            return;
        }
        if (reference.startsWith("file://")) {
            files(reference.substring("file://".length()), label);
        } else if (looksLikePath(reference) && exists(reference)) {
            files(reference, label);
        } else {
            add(label, "", inline(reference), null);
        }
    }

    private void files(String path, String label) throws BundleFileException {
        int colon = path.lastIndexOf(':');
        String file = colon > 1 && !path.substring(colon).contains("/") ? path.substring(0, colon) : path;
        if (file.contains("*") || file.contains("?") || file.contains("{")) {
            List<String> matches = siblings.list(file);
            if (matches.isEmpty()) warnings.add("prompt glob '" + path + "' matches no file in the import");
            for (String match : matches) file(match, "", match.equals(file) ? label : "");
            return;
        }
        file(file, path.equals(file) ? "" : path.substring(colon + 1), label);
    }

    private void file(String file, String function, String label) throws BundleFileException {
        String extension = extension(file);
        if (!FILES.contains(extension)) {
            warnings.add("prompt 'file://" + file + (function.isEmpty() ? "" : ":" + function) + "' is code (" + extension
                    + "); code prompts cannot be imported, write its text as a .txt or .json prompt");
            return;
        }
        String text = new String(siblings.read(file), StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        String stem = stem(file);
        switch (extension) {
            case "json" -> {
                NunjucksChat.Result chat = NunjucksChat.read(text, file, warnings);
                add(label, stem, chat.template(), chat.kept() ? text : null);
            }
            case "yaml", "yml" -> {
                JsonNode node = yaml.readYaml(text.getBytes(StandardCharsets.UTF_8), file);
                JsonNode list = node.isObject() && node.has("messages") ? node.get("messages") : node;
                if (list.isArray()) add(label, stem, chat(list, file), null);
                else add(label, stem, Messages.fromText(node.asText()), null);
            }
            case "jsonl" -> {
                int line = 0;
                for (String row : text.split("\n")) {
                    line++;
                    if (row.isBlank()) continue;
                    add(label.isEmpty() ? "" : label + "-" + line, stem + "-" + line, NunjucksChat.read(row, file + " line " + line, warnings).template(), null);
                }
            }
            case "csv" -> csv(text, file);
            default -> {
                String[] parts = text.split("(?m)^---\\s*$");
                List<String> kept = new ArrayList<>();
                for (String part : parts) if (!part.strip().isEmpty()) kept.add(part.strip());
                for (int i = 0; i < kept.size(); i++) {
                    boolean one = kept.size() == 1;
                    add(one ? label : label.isEmpty() ? "" : label + "-" + (i + 1), one ? stem : stem + "-" + (i + 1), inline(kept.get(i)), null);
                }
            }
        }
    }

    private void csv(String text, String file) throws BundleFileException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            if (!parser.getHeaderNames().contains("prompt")) {
                throw new BundleFileException("The prompt table '" + file + "' has no 'prompt' column.");
            }
            int row = 0;
            for (CSVRecord record : parser) {
                row++;
                String label = record.isSet("label") ? record.get("label") : "";
                add(label, stem(file) + "-" + row, inline(record.get("prompt")), null);
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BundleFileException("The prompt table '" + file + "' is not valid CSV: " + e.getMessage(), e);
        }
    }

    /** Inline text: a JSON chat array when it is one, else one user message. */
    private PromptTemplate inline(String text) throws BundleFileException {
        String trimmed = text.strip();
        if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
            try {
                JsonNode list = JSON.readTree(trimmed);
                if (isChatList(list)) return chat(list, "a chat prompt");
            } catch (IOException e) {
                // Text that happens to look like a list.
            }
        }
        return Messages.fromText(text);
    }

    private static boolean isChatList(JsonNode list) {
        if (!list.isArray() || list.isEmpty()) return false;
        for (JsonNode entry : list) if (!entry.isObject() || !entry.has("role") || !entry.has("content")) return false;
        return true;
    }

    /** Role and content entries; content may name a file ({@code file://…}) holding the text. */
    private PromptTemplate chat(JsonNode list, String where) throws BundleFileException {
        List<PromptMessage> messages = new ArrayList<>();
        for (JsonNode entry : list) {
            JsonNode content = entry.path("content");
            String text = content.isTextual() ? content.asText() : content.isMissingNode() ? "" : content.toString();
            if (text.startsWith("file://")) text = new String(siblings.read(text.substring("file://".length()).strip()), StandardCharsets.UTF_8).strip();
            try {
                messages.add(new PromptMessage(Role.parse(Json.text(entry, "role")), text));
            } catch (IllegalArgumentException e) {
                throw new BundleFileException(where + ": " + e.getMessage());
            }
        }
        if (messages.isEmpty()) throw new BundleFileException(where + " has no messages.");
        return new PromptTemplate(messages);
    }

    private void add(String label, String stem, PromptTemplate template, String source) {
        String name;
        if (!label.isBlank()) name = RegistryNames.fromText(label);
        else if (!stem.isBlank()) name = RegistryNames.fromText(stem);
        else name = unnamed + "-" + (out.size() + 1);
        String unique = name;
        for (int n = 2; taken(unique); n++) unique = name + "-" + n;
        out.add(new Named(unique, template, source));
    }

    private boolean taken(String name) {
        return out.stream().anyMatch(n -> n.name().equals(name));
    }

    private static boolean looksLikePath(String text) {
        return !text.contains("\n") && !text.contains("{{") && !text.contains(" ") && FILES.contains(extension(text.replaceFirst(":[A-Za-z_]\\w*$", "")))
                || text.matches("^\\S+\\.(js|ts|mjs|cjs|py)(:\\w+)?$");
    }

    private boolean exists(String relative) {
        try {
            String file = relative.replaceFirst(":[A-Za-z_]\\w*$", "");
            if (file.contains("*")) return !siblings.list(file).isEmpty();
            siblings.read(file);
            return true;
        } catch (BundleFileException e) {
            return false;
        }
    }

    static String extension(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static String stem(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    static Map<String, Object> entryFor(String name, String file) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("id", "file://" + file);
        entry.put("label", name);
        return entry;
    }
}
