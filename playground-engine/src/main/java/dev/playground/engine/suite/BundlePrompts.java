package dev.playground.engine.suite;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.BundleFormat;
import dev.playground.engine.bundle.BundleYaml;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.BundledVersion;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.SafeYaml;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.runlog.RunLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The prompts of the bundle a suite sits in, so {@code playground eval bundle/} runs the versions in the repository
 * (a fresh CI checkout has no store): {@code NAME}, {@code NAME/3} and {@code NAME@alias} are looked up in
 * {@code prompts/NAME.prompt.yaml} (and its parts {@code NAME~2…}) before the store.
 */
public final class BundlePrompts {
    private final Map<String, List<BundledVersion>> versions = new HashMap<>();
    private final Map<String, Map<String, Integer>> aliases = new HashMap<>();

    private BundlePrompts() {}

    /** Reads every prompt file of {@code bundle}; an unreadable one is a bad suite. */
    public static BundlePrompts read(Path bundle) throws BundleFileException {
        BundlePrompts prompts = new BundlePrompts();
        Path folder = bundle.resolve(BundleFormat.PROMPTS_FOLDER);
        if (!Files.isDirectory(folder)) return prompts;
        SafeYaml yaml = new SafeYaml(ImportLimits.DEFAULT);
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(BundleFormat.FILE_SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new BundleFileException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        for (Path file : files) {
            JsonNode root;
            try {
                root = yaml.readYaml(Files.readAllBytes(file), file.toString());
            } catch (IOException e) {
                throw new BundleFileException("Cannot read " + file + ": " + e.getMessage(), e);
            }
            BundledPrompt prompt = new BundleYaml().read(root, file.toString(), new ArrayList<>());
            prompts.versions.computeIfAbsent(prompt.name(), k -> new ArrayList<>()).addAll(prompt.versions());
            prompts.aliases.computeIfAbsent(prompt.name(), k -> new HashMap<>()).putAll(prompt.aliases());
        }
        return prompts;
    }

    /** The version number {@code ref} stands for in this bundle; empty when the bundle does not hold it. */
    public java.util.OptionalInt versionOf(String ref) {
        int at = ref.lastIndexOf('@');
        int slash = ref.lastIndexOf('/');
        String name = at > 0 ? ref.substring(0, at) : slash > 0 ? ref.substring(0, slash) : ref;
        List<BundledVersion> own = versions.get(name);
        if (own == null || own.isEmpty()) return java.util.OptionalInt.empty();
        if (at > 0 && !ref.substring(at + 1).equals("latest")) {
            Integer number = aliases.getOrDefault(name, Map.of()).get(ref.substring(at + 1));
            return number == null ? java.util.OptionalInt.empty() : java.util.OptionalInt.of(number);
        }
        if (slash > 0 && ref.substring(slash + 1).matches("\\d{1,9}")) return java.util.OptionalInt.of(Integer.parseInt(ref.substring(slash + 1)));
        return own.stream().mapToInt(BundledVersion::version).max();
    }

    /** The version {@code ref} names, if this bundle holds the prompt; an IllegalArgumentException when it holds the prompt but not the version. */
    public Optional<PromptDocument> find(String ref) {
        return findVersion(ref).map(ResolvedPrompt::document);
    }

    /** As {@link #find}, with the run-log label (the bundle's version number, and the alias when reached through one). */
    public Optional<ResolvedPrompt> findVersion(String ref) {
        int at = ref.lastIndexOf('@');
        int slash = ref.lastIndexOf('/');
        String name = at > 0 ? ref.substring(0, at) : slash > 0 ? ref.substring(0, slash) : ref;
        List<BundledVersion> own = versions.get(name);
        if (own == null || own.isEmpty()) return Optional.empty();
        Integer number;
        if (at > 0 && !ref.substring(at + 1).equals("latest")) {
            number = aliases.getOrDefault(name, Map.of()).get(ref.substring(at + 1));
            if (number == null) throw new IllegalArgumentException("the bundle's " + name + " has no alias '" + ref.substring(at + 1)
                    + "'; its aliases: " + aliases.getOrDefault(name, Map.of()).keySet());
        } else if (slash > 0) {
            try {
                number = Integer.parseInt(ref.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + ref + "' is not NAME, NAME/3 or NAME@alias");
            }
        } else {
            number = own.stream().mapToInt(BundledVersion::version).max().orElseThrow();
        }
        int wanted = number;
        PromptDocument document = own.stream().filter(v -> v.version() == wanted).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "the bundle's " + name + " has no version " + wanted)).document();
        return Optional.of(new ResolvedPrompt(document, new RunLabel(name, wanted, ResolvedPrompt.aliasOf(ref))));
    }
}
