package dev.playground.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteRunRepository;
import dev.playground.store.LocalStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "An interrupted run keeps what finished": finished suite cells are kept through group commits (several threads'
 * cells in one transaction and one sync), and a cell counts as finished once {@code saveCell} returns. A child keeps
 * cells from eight threads and is killed with SIGKILL at a random moment, five lives in one data folder; after each
 * kill the run's unfinished cells, as {@code eval --resume} reads them, hold every cell the child acknowledged.
 */
class SuiteCellsSurviveKillTest {
    private static final int LIVES = 5;
    /** A guard against a hung child, not a target. */
    private static final long PATIENCE_SECONDS = 180;

    @TempDir Path dir;
    private final long seed = Long.getLong("crashKit.seed", System.nanoTime());
    private final Random random = new Random(seed);

    @Test
    void every_acknowledged_cell_survives_kill_minus_nine() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> acknowledged = new HashMap<>();
        for (int life = 1; life <= LIVES; life++) {
            List<String> lines = live(data, life);
            for (String line : lines) {
                String[] parts = line.split(" ", 3);
                if (parts[0].equals("cell")) acknowledged.put(parts[1], parts[2]);
            }
            try (LocalStore store = LocalStore.open(data)) {
                SuiteRunRepository.Unfinished kept = store.suiteRuns().unfinished(SuiteCellWorker.FINGERPRINT).orElseThrow();
                Map<String, String> byKey = new HashMap<>();
                for (SuiteCell cell : kept.cells()) byKey.put(cell.key(), cell.output());
                List<String> lost = new ArrayList<>();
                acknowledged.forEach((key, output) -> {
                    if (!output.equals(byKey.get(key))) lost.add(key);
                });
                assertThat(lost).as("acknowledged cells missing after kill %d (seed %d)", life, seed).isEmpty();
            }
        }
        assertThat(acknowledged).as("the children must have kept cells (seed %d)", seed).isNotEmpty();
    }

    /** Starts a child, waits for its first acknowledged cell, lets it run a random while longer, and kills it. */
    private List<String> live(Path data, int life) throws Exception {
        Process child = ChildJvm.start(dir.resolve("children.err"), SuiteCellWorker.class, data.toString(), Integer.toString(life));
        List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> readLines(child, lines, seen));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        for (String line; (line = seen.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) != null; ) {
            if (line.startsWith("cell ")) break;
        }
        assertThat(lines).as("the child never kept a cell; its errors are in children.err").anyMatch(l -> l.startsWith("cell "));
        Thread.sleep(random.nextInt(300));
        child.destroyForcibly(); // SIGKILL on Linux and macOS
        assertThat(child.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
        reader.join(TimeUnit.SECONDS.toMillis(PATIENCE_SECONDS));
        return List.copyOf(lines);
    }

    /** Only complete lines count: a line cut by the kill was never acknowledged in full. */
    private static void readLines(Process child, List<String> lines, BlockingQueue<String> seen) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            StringBuilder line = new StringBuilder();
            for (int c; (c = in.read()) != -1; ) {
                if (c != '\n') {
                    line.append((char) c);
                    continue;
                }
                lines.add(line.toString());
                seen.add(line.toString());
                line.setLength(0);
            }
        } catch (IOException e) {
            // the child died: what was read so far is all there is
        }
    }
}
