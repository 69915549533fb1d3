package dev.playground.benchmarks;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What a durable save costs: saving a prompt version (and moving an alias) with the store's file
 * forced to disk before the call returns (CHECKPOINT SYNC, what the app does) against the same
 * save written to the file at commit but not forced (the store's WRITE_DELAY=0 alone: survives
 * kill -9, not a power cut). Each variant in its own new data folder.
 *
 * <pre>java -cp ... dev.playground.benchmarks.DurableSaveHarness [saves] [folder]</pre>
 */
public final class DurableSaveHarness {
    private DurableSaveHarness() {}

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        Path base = args.length > 1 ? Files.createDirectories(Path.of(args[1])) : Files.createTempDirectory("pg-durable-bench");
        System.out.printf("folder: %s, %d saves per variant after %d warm-up saves%n", base, saves, saves / 5);
        for (int round = 1; round <= 2; round++) {
            measure("durable (forced to disk)", Files.createTempDirectory(base, "durable"), saves, true);
            measure("written, not forced", Files.createTempDirectory(base, "memory"), saves, false);
        }
    }

    private static void measure(String label, Path dataDir, int saves, boolean durable) {
        try (LocalStore store = LocalStore.open(dataDir)) {
            if (!durable) store.jdbc().skipForcingToDisk();
            for (int i = 0; i < saves / 5; i++) save(store, "warm", i);
            long[] versionMicros = new long[saves];
            long[] aliasMicros = new long[saves];
            for (int i = 0; i < saves; i++) {
                long start = System.nanoTime();
                int version = save(store, "bench", i);
                long saved = System.nanoTime();
                store.aliases().set("bench", "live", version, "bench");
                long moved = System.nanoTime();
                versionMicros[i] = (saved - start) / 1000;
                aliasMicros[i] = (moved - saved) / 1000;
            }
            System.out.printf("%-26s save version: %s | move alias: %s%n", label, stats(versionMicros), stats(aliasMicros));
        }
    }

    private static int save(LocalStore store, String name, int i) {
        PromptDocument document = PromptDocument.of(PromptTemplate.systemAndUser("You are a careful tutor.", "Explain topic " + i + " with {{style}}."));
        return store.prompts().saveVersion(name, document, "change " + i, "bench").version();
    }

    private static String stats(long[] micros) {
        long[] sorted = micros.clone();
        Arrays.sort(sorted);
        return String.format("median %.2f ms, p95 %.2f ms, max %.2f ms", sorted[sorted.length / 2] / 1000.0,
                sorted[(int) (sorted.length * 0.95)] / 1000.0, sorted[sorted.length - 1] / 1000.0);
    }
}
