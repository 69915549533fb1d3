package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property-style round trips over generated prompts: for every format we export, a prompt exported to it and imported
 * again is the same prompt (messages, roles, variables, model and settings, every version), for many prompts made up from
 * a seed (a new seed each run, so more prompts are tried over time). The seed is printed with any failure, and
 * -Dplayground.roundTripSeed=N replays it.
 */
class GeneratedRoundTripTest {
    private static final int PROMPTS = 60;
    @TempDir Path temp;
    private final PromptImportReader reader = new PromptImportReader(ImportLimits.DEFAULT);

    private static BundleWriter.Interop interop(String format) {
        return switch (format) {
            case "bundle" -> new BundleWriter.Interop(false, false, false, false, false, false, false);
            case "prompty" -> new BundleWriter.Interop(true, false, false, false, false, false, false);
            case "mlflow" -> new BundleWriter.Interop(false, true, false, false, false, false, false);
            case "langfuse" -> new BundleWriter.Interop(false, false, true, false, false, false, false);
            case "promptfoo" -> new BundleWriter.Interop(false, false, false, true, false, false, false);
            case "dotprompt" -> new BundleWriter.Interop(false, false, false, false, true, false, false);
            case "semantic-kernel" -> new BundleWriter.Interop(false, false, false, false, false, true, false);
            case "langchain" -> new BundleWriter.Interop(false, false, false, false, false, false, true);
            case "langchain-yaml" -> new BundleWriter.Interop(false, false, false, false, false, false, false, true);
            default -> throw new IllegalArgumentException(format);
        };
    }

    /**
     * What a format holds of a prompt. A promptfoo config holds one version of each prompt (the one an evaluation runs:
     * production, else champion, else the newest), so only that one is compared; MLflow and Langfuse prompts have no
     * place for the variables' last-used values (docs/interop.md says so), so those are left out of the comparison.
     */
    private static dev.playground.engine.prompt.PromptDocument comparable(String format, dev.playground.engine.prompt.PromptDocument document) {
        if (!format.equals("mlflow") && !format.equals("langfuse")) return document;
        return new dev.playground.engine.prompt.PromptDocument(document.template(), document.connectionId(), document.model(), document.settings(),
                Map.of(), document.testInputs(), document.retrieval());
    }

    private static long seed() {
        String given = System.getProperty("playground.roundTripSeed");
        return given == null || given.isBlank() ? System.nanoTime() : Long.parseLong(given.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"bundle", "prompty", "promptfoo", "mlflow", "langfuse", "dotprompt", "semantic-kernel", "langchain", "langchain-yaml"})
    void a_generated_prompt_exported_and_imported_again_is_the_same_prompt(String format) throws Exception {
        long seed = seed();
        GeneratedPrompts generator = new GeneratedPrompts(seed);
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < PROMPTS && problems.size() < 5; n++) {
            BundledPrompt prompt = generator.next(n);
            BundleWriter writer = new BundleWriter();
            Map<String, String> files = writer.files(List.of(prompt), ExportOptions.ALL, interop(format), Instant.parse("2026-12-03T08:00:00Z"));
            if (!format.equals("bundle")) files.keySet().removeIf(path -> path.startsWith(BundleFormat.PROMPTS_FOLDER + "/"));
            Path out = temp.resolve(format + "-" + n);
            writer.write(files, out);
            ParsedImport again = reader.read(out);
            if (!again.refusals().isEmpty()) {
                problems.add(prompt.name() + ": refused on re-import: " + again.reports());
                continue;
            }
            List<BundledVersion> back = again.prompts().stream().filter(p -> p.name().equals(prompt.name()))
                    .flatMap(p -> p.versions().stream()).toList();
            List<BundledVersion> sent = format.equals("promptfoo") ? List.of(prompt.versions().getLast()) : prompt.versions();
            if (back.size() != sent.size()) {
                problems.add(prompt.name() + ": " + sent.size() + " version(s) exported, " + back.size() + " imported again: "
                        + again.prompts().stream().map(BundledPrompt::name).toList());
                continue;
            }
            for (int i = 0; i < back.size(); i++) {
                var before = comparable(format, sent.get(i).document());
                var after = comparable(format, back.get(i).document());
                if (!after.equals(before)) problems.add(prompt.name() + " v" + (i + 1) + ":\n    exported " + before + "\n    imported " + after
                        + "\n    files " + files);
            }
        }
        assertThat(problems).as("%s round trip, seed %d (replay with -Dplayground.roundTripSeed=%d)", format, seed, seed).isEmpty();
    }
}
