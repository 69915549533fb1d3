package dev.playground.benchmarks;

import dev.playground.engine.compare.ComparisonFixtures;
import dev.playground.engine.dataset.Dataset;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.runlog.RunStatus;
import dev.playground.store.LocalStore;
import dev.playground.store.StoreMigration;
import dev.playground.store.TeamStore;
import dev.playground.store.VersionUsage;
import dev.playground.store.h2.H2ComparisonRepository;
import dev.playground.store.testkit.EveryRecordKind;
import dev.playground.store.testkit.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code store migrate}'s copy of a personal store of a realistic size (months of use: 1,000 prompt versions with
 * tags, aliases and their moves, 20,000 run-log entries with feedback, datasets, comparisons) into a new database on a
 * real PostgreSQL server (the tests' {@link TestPostgres}), then the same copy again (nothing to add). The personal
 * store is made once in {@code FOLDER/personal} and reused by later runs.
 *
 * <pre>java -cp ... dev.playground.benchmarks.StoreMigrateHarness FOLDER [RUNS]</pre>
 */
public final class StoreMigrateHarness {
    private static final int PROMPTS = 200;
    private static final int VERSIONS = 5;
    private static final int RUNS = 20_000;

    private StoreMigrateHarness() {}

    public static void main(String[] args) throws Exception {
        Path folder = Files.createDirectories(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        Path personal = folder.resolve("personal");
        if (!Files.exists(personal)) {
            long start = System.nanoTime();
            try (LocalStore store = LocalStore.open(personal)) {
                fill(store);
            }
            System.out.printf("made the personal store in %,d ms%n", (System.nanoTime() - start) / 1_000_000);
        }
        TestPostgres server = TestPostgres.require();
        try (LocalStore from = LocalStore.open(personal)) {
            for (int run = 1; run <= runs; run++) {
                TeamStore team = new TeamStore(server.newDatabase(), TestPostgres.USER, server.password());
                try (LocalStore to = LocalStore.openTeam(Files.createTempDirectory(folder, "team"), team)) {
                    long start = System.nanoTime();
                    StoreMigration.Summary first = StoreMigration.copy(from, to, (kind, rows) -> {});
                    long copied = System.nanoTime();
                    StoreMigration.Summary second = StoreMigration.copy(from, to, (kind, rows) -> {});
                    long again = System.nanoTime();
                    System.out.printf("run %d: copy %,d ms (%,d rows copied, %d conflicts); again %,d ms (%,d copied, %,d already there)%n",
                            run, (copied - start) / 1_000_000, first.copied(), first.conflicts().size(), (again - copied) / 1_000_000,
                            second.copied(), second.kinds().stream().mapToInt(StoreMigration.Kind::alreadyThere).sum());
                }
            }
        }
    }

    private static void fill(LocalStore store) {
        Instant at = Instant.parse("2026-09-01T08:00:00Z");
        for (int p = 0; p < PROMPTS; p++) {
            String name = "prompt-" + p;
            for (int v = 1; v <= VERSIONS; v++) {
                store.prompts().saveVersion(name, EveryRecordKind.document("Explain {{topic}} to a student, take " + v + " of " + name),
                        "take " + v, p % 2 == 0 ? "ana" : "luis");
            }
            store.prompts().setPromptTags(name, List.of("team", "topic-" + (p % 7)));
            store.prompts().setVersionTags(name, VERSIONS, List.of("reviewed"));
            for (int v = 1; v <= 3; v++) store.aliases().set(name, "production", v, "ana");
            for (int v = 1; v <= VERSIONS; v++) {
                store.lineage().record(new VersionUsage(name, v, VersionUsage.Kind.RUN, "run-" + p + "-" + v, "a run", at.plusSeconds(p * 60L + v)));
            }
        }
        for (int d = 0; d < 20; d++) {
            for (int v = 1; v <= 3; v++) {
                List<DatasetRow> rows = new ArrayList<>();
                for (int r = 0; r < 50; r++) rows.add(DatasetRow.of(Map.of("question", "Question " + r + " of set " + d + " take " + v)));
                store.datasets().save("set-" + d, new Dataset(rows), "take " + v, "ana", "typed");
            }
        }
        H2ComparisonRepository comparisons = new H2ComparisonRepository(store.jdbc());
        for (int c = 0; c < 20; c++) comparisons.create(ComparisonFixtures.twoByTwo());
        for (int r = 0; r < RUNS; r++) {
            store.runs().record(run("run-" + r, at.plusSeconds(r * 30L), "prompt-" + (r % PROMPTS)));
            if (r % 10 == 0) store.runs().feedback("run-" + r, r % 20 == 0 ? 1 : -1, 1 + r % 5);
        }
        store.runs().count(); // waits for the queued run-log rows
    }

    private static RunRecord run(String id, Instant at, String prompt) {
        return new RunRecord(id, at, "local", "Local vLLM", ProviderKind.OPENAI_COMPATIBLE, "qwen2.5", prompt,
                ModelSettings.of(0.2, 64), List.of(new RenderedMessage(Role.USER, "Explain rain to a student in two sentences")),
                "Water vapour cools, condenses into droplets, and they fall when heavy enough.", "stop",
                RunStatus.OK, 24, 18, true, Duration.ofMillis(80), Duration.ofMillis(450), 0.000123, "", false, null, 1);
    }
}
