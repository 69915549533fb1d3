package dev.playground.app.store;

import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteRunRepository;
import dev.playground.store.LocalStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The child process of {@link SuiteCellsSurviveKillTest}: keeps finished suite cells from eight threads at once (as a
 * suite run at concurrency 8 does, so they share group commits) until it is killed. After each {@code saveCell}
 * returns it prints {@code cell KEY OUTPUT}; the test holds the store to every such line.
 */
public final class SuiteCellWorker {
    static final String FINGERPRINT = "kill-test-fingerprint";
    private static final int THREADS = 8;

    private SuiteCellWorker() {}

    public static void main(String[] args) throws InterruptedException {
        Path data = Path.of(args[0]);
        int life = Integer.parseInt(args[1]);
        PrintStream out = System.out;
        LocalStore store = LocalStore.open(data);
        SuiteRunRepository runs = store.suiteRuns();
        long runId = runs.unfinished(FINGERPRINT).map(SuiteRunRepository.Unfinished::runId)
                .orElseGet(() -> runs.begin("kill test", FINGERPRINT, 1_000_000));
        synchronized (out) {
            out.println("opened");
            out.flush();
        }
        AtomicInteger next = new AtomicInteger();
        Thread[] threads = new Thread[THREADS];
        for (int t = 0; t < THREADS; t++) {
            threads[t] = Thread.ofPlatform().start(() -> {
                while (true) {
                    int row = life * 100_000 + next.incrementAndGet();
                    SuiteCell cell = cell(row);
                    runs.saveCell(runId, cell);
                    synchronized (out) {
                        out.println("cell " + cell.key() + " " + cell.output());
                        out.flush();
                    }
                }
            });
        }
        for (Thread thread : threads) thread.join();
    }

    static SuiteCell cell(int row) {
        return new SuiteCell(row, 0, 0, SuiteCell.Status.PASS, "answer " + row, 1, List.of(), "", "", 3, null, 10, 2, false);
    }
}
