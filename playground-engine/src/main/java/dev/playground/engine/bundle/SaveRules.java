package dev.playground.engine.bundle;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.RegistryNames;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a version must be to be saved, so that what is saved is what an export writes and an import reads back:
 * a valid name, a template that renders, a commit message the store can hold, and at most {@link #MAX_VERSION_BYTES}
 * as written in a bundle file. Saving (command line and window) and importing both ask this class.
 */
public final class SaveRules {
    /** One version as a bundle file writes it; a bundle file holds several and is split to stay under the import's file limit. */
    public static final int MAX_VERSION_BYTES = 1 << 20;
    public static final int MAX_COMMIT_MESSAGE_CHARS = 4000;
    private static final TemplateCheck TEMPLATES = new TemplateCheck();
    private static final SafeYaml YAML = new SafeYaml(ImportLimits.DEFAULT);

    private SaveRules() {}

    /** Throws an IllegalArgumentException saying what is wrong and what is allowed, when the version cannot be saved. */
    public static void check(String name, PromptDocument document, String commitMessage, String author, Map<String, Object> extras) {
        BundledVersion version = new BundledVersion(1, document, commitMessage, author, Instant.EPOCH, List.of(), extras);
        Optional<String> problem = problem(name, version);
        if (problem.isEmpty()) problem = readBackProblem(name, version);
        if (problem.isPresent()) throw new IllegalArgumentException("Not saved: " + problem.get());
    }

    /** Why this version of prompt {@code name} cannot be stored; empty when it can. Imports use it for every version they read. */
    static Optional<String> problem(String name, BundledVersion version) {
        Optional<String> badName = RegistryNames.promptProblem(name);
        if (badName.isPresent()) return badName;
        if (version.commitMessage().length() > MAX_COMMIT_MESSAGE_CHARS) {
            return Optional.of("The commit message has " + version.commitMessage().length() + " characters; keep it to "
                    + MAX_COMMIT_MESSAGE_CHARS + " and put long notes in the prompt's variables or a document.");
        }
        Optional<String> template = TEMPLATES.problem(version.document().template());
        if (template.isPresent()) return Optional.of(capitalised(template.get()) + ".");
        int bytes = bundleText(name, version).getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_VERSION_BYTES) {
            return Optional.of("It is " + bytes / 1024 + " KiB as saved; one version may take up to "
                    + MAX_VERSION_BYTES / 1024 + " KiB (1 MiB), the limit an import reads back. Move long reference text into a document collection.");
        }
        return Optional.empty();
    }

    /** Anything else the import would refuse (a value out of range, an unreadable extra section), found by reading it back. */
    private static Optional<String> readBackProblem(String name, BundledVersion version) {
        try {
            byte[] text = bundleText(name, version).getBytes(StandardCharsets.UTF_8);
            new BundleYaml().read(YAML.readYaml(text, "the saved version"), "the saved version", new ArrayList<>());
            return Optional.empty();
        } catch (BundleFileException e) {
            return Optional.of("An import could not read it back after an export: " + e.getMessage());
        }
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String bundleText(String name, BundledVersion version) {
        return new BundleYaml().write(new BundledPrompt(name, List.of(), Map.of(), List.of(version)));
    }
}
