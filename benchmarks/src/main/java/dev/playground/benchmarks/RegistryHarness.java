package dev.playground.benchmarks;

import dev.playground.engine.bundle.BundleWriter;
import dev.playground.engine.bundle.BundledPrompt;
import dev.playground.engine.bundle.BundledVersion;
import dev.playground.engine.bundle.ExportOptions;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptQuery;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * The registry's speed targets on a realistic store: 10,000 prompts of 10 versions each.
 * Library search (text, tag, alias, plain list) within 50 ms; opening a prompt's history within
 * 100 ms; exporting 1,000 versions (100 prompts) to a bundle folder within 2 s. The store is built
 * once in the given folder (default: a temporary one) and reused on later runs.
 *
 * <pre>java -cp ... dev.playground.benchmarks.RegistryHarness [dataDir]</pre>
 * See docs/performance.md for the exact command.
 */
public final class RegistryHarness {
    private static final int PROMPTS = 10_000;
    private static final int VERSIONS = 10;
    private static final String[] WORDS = ("refund invoice shipping tutor exam chunking embedding retrieval summary translate classify "
            + "ticket customer policy vector index latency grounded citation rubric judge answer question context delta lakehouse "
            + "unity catalog serving endpoint agent tool guardrail safety toxicity privacy schema json markdown bullet concise").split(" ");

    private RegistryHarness() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("pg-registry-bench");
        try (LocalStore store = LocalStore.open(dataDir)) {
            if (store.prompts().search(new PromptQuery("", "", "", true, 1)).isEmpty()) seed(store);
            System.out.printf("store: %s (%d prompts x %d versions)%n", dataDir, PROMPTS, VERSIONS);
            measure("search text 'refund'", 20, 50, () -> store.prompts().search(PromptQuery.text("refund")).size());
            measure("search text 'p-07431' (one hit)", 20, 50, () -> store.prompts().search(PromptQuery.text("p-07431")).size());
            measure("search tag:exam", 20, 50, () -> store.prompts().search(PromptQuery.parse("tag:exam", false)).size());
            measure("filter @production", 20, 50, () -> store.prompts().search(PromptQuery.parse("@production", false)).size());
            measure("text 'grounded' + @champion", 20, 50, () -> store.prompts().search(PromptQuery.parse("grounded @champion", false)).size());
            measure("list (first 500)", 20, 50, () -> store.prompts().listPrompts().size());
            Random random = new Random(7);
            measure("open history (versions, aliases, moves)", 20, 200, () -> {
                String name = name(random.nextInt(PROMPTS));
                return store.prompts().versions(name).size() + store.aliases().aliases(name).size() + store.aliases().history(name).size()
                        + store.prompts().summary(name).map(s -> s.tags().size()).orElse(0);
            });
            for (int run = 1; run <= 3; run++) {
                Path out = Files.createTempDirectory(dataDir, "export");
                long start = System.nanoTime();
                List<BundledPrompt> prompts = new ArrayList<>();
                for (int i = 0; i < 100; i++) prompts.add(store.bundles().export(name(i * 97 + run)));
                BundleWriter writer = new BundleWriter();
                writer.write(writer.files(prompts, ExportOptions.ALL, BundleWriter.Interop.NONE, Instant.now()), out);
                long millis = (System.nanoTime() - start) / 1_000_000;
                int versions = prompts.stream().mapToInt(p -> p.versions().size()).sum();
                System.out.printf("export %d versions (%d prompts) to a folder: %d ms (run %d)%n", versions, prompts.size(), millis, run);
            }
        }
    }

    private static void measure(String what, int warmup, int runs, Supplier<Integer> work) {
        for (int i = 0; i < warmup; i++) work.get();
        long[] micros = new long[runs];
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            micros[i] = (System.nanoTime() - start) / 1000;
        }
        Arrays.sort(micros);
        System.out.printf("%-42s median %6.1f ms  p95 %6.1f ms  max %6.1f ms  (%d results, %d runs)%n", what, micros[runs / 2] / 1000.0,
                micros[(int) (runs * 0.95)] / 1000.0, micros[runs - 1] / 1000.0, result, runs);
    }

    static String name(int index) {
        return "team.p-" + String.format("%05d", index % PROMPTS);
    }

    /** Writes the data set through the bundle import, 250 prompts per transaction. */
    private static void seed(LocalStore store) {
        long start = System.nanoTime();
        Random random = new Random(42);
        List<BundledPrompt> batch = new ArrayList<>();
        for (int p = 0; p < PROMPTS; p++) {
            List<BundledVersion> versions = new ArrayList<>();
            for (int v = 1; v <= VERSIONS; v++) {
                String system = sentence(random, 30) + "\nAnswer in " + (v % 2 == 0 ? "Spanish" : "English") + ".";
                String user = "Prompt " + name(p) + " revision " + v + ": " + sentence(random, 25) + " {{question}}";
                PromptDocument document = new PromptDocument(PromptTemplate.of(PromptMessage.system(system), PromptMessage.user(user)),
                        "openai-main", "gpt-4o-mini", ModelSettings.of(0.1 * (v % 8), 512), Map.of("question", "What is " + WORDS[v] + "?"));
                versions.add(new BundledVersion(v, document, "revision " + v, "bench", null, List.of(), Map.of()));
            }
            Map<String, Integer> aliases = p % 3 == 0 ? Map.of("champion", 8, "production", 9) : p % 3 == 1 ? Map.of("champion", 10) : Map.of();
            List<String> tags = List.of(WORDS[random.nextInt(WORDS.length)], p % 10 == 0 ? "exam" : "team-" + (p % 20));
            batch.add(new BundledPrompt(name(p), tags, aliases, versions));
            if (batch.size() == 250) {
                store.bundles().apply(batch, "bench");
                batch.clear();
            }
        }
        if (!batch.isEmpty()) store.bundles().apply(batch, "bench");
        System.out.printf("seeded %d prompts x %d versions in %d s%n", PROMPTS, VERSIONS, (System.nanoTime() - start) / 1_000_000_000);
    }

    private static String sentence(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < words; i++) text.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        return text.toString();
    }
}
