package dev.playground.store.h2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.store.LocalStore;
import dev.playground.store.StoreException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GroupCommitTest {
    @TempDir Path dir;

    private static final String INSERT = "INSERT INTO suite_run_cell (run_id, cell_key, cell_json) VALUES (?, ?, ?)";

    private static GroupCommit.Piece cell(long runId, String key) {
        return statements -> {
            PreparedStatement insert = statements.prepare(INSERT);
            insert.setLong(1, runId);
            insert.setString(2, key);
            insert.setString(3, "{}");
            insert.executeUpdate();
        };
    }

    private static List<String> keys(Jdbc jdbc, long runId) {
        return jdbc.read("list cells", connection -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT cell_key FROM suite_run_cell WHERE run_id = ? ORDER BY cell_key")) {
                query.setLong(1, runId);
                try (ResultSet rs = query.executeQuery()) {
                    while (rs.next()) keys.add(rs.getString(1));
                }
            }
            return keys;
        });
    }

    @Test
    void pieces_from_many_threads_are_all_kept_and_a_refused_one_fails_alone() throws Exception {
        try (LocalStore store = LocalStore.open(dir)) {
            long runId = store.suiteRuns().begin("group", "fp", 100);
            GroupCommit commits = new GroupCommit(store.jdbc());
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            List<CompletableFuture<Void>> futures = new java.util.concurrent.CopyOnWriteArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    for (int i = 0; i < 10; i++) futures.add(commits.submit("keep a cell", cell(runId, thread + "-" + i)));
                    // The same key again: the store refuses it, and only it.
                    if (thread == 3) futures.add(commits.submit("keep a cell twice", cell(runId, "3-0")));
                }));
            }
            go.countDown();
            for (Thread thread : threads) thread.join();
            int refused = 0;
            for (CompletableFuture<Void> future : futures) {
                try {
                    future.join();
                } catch (CompletionException e) {
                    assertThat(e.getCause()).isInstanceOf(StoreException.class).hasMessageContaining("keep a cell twice");
                    refused++;
                }
            }
            assertThat(refused).isEqualTo(1);
            assertThat(keys(store.jdbc(), runId)).hasSize(80).contains("0-0", "7-9");
            commits.close();
        }
    }

    @Test
    void write_waits_until_saved_and_reports_a_refusal() {
        try (LocalStore store = LocalStore.open(dir)) {
            long runId = store.suiteRuns().begin("group", "fp", 2);
            GroupCommit commits = new GroupCommit(store.jdbc());
            commits.write("keep a cell", cell(runId, "a"));
            assertThat(keys(store.jdbc(), runId)).containsExactly("a");
            assertThatThrownBy(() -> commits.write("keep the cell a again", cell(runId, "a")))
                    .isInstanceOf(StoreException.class).hasMessageContaining("keep the cell a again");
            commits.close();
            // After close a piece is still written, on the caller's thread.
            commits.write("keep a late cell", cell(runId, "b"));
            assertThat(keys(store.jdbc(), runId)).containsExactly("a", "b");
        }
    }

    @Test
    void flush_waits_for_pieces_queued_without_waiting() {
        try (LocalStore store = LocalStore.open(dir)) {
            long runId = store.suiteRuns().begin("group", "fp", 50);
            GroupCommit commits = new GroupCommit(store.jdbc());
            for (int i = 0; i < 50; i++) commits.submit("keep a cell", cell(runId, "c" + i));
            commits.flush();
            assertThat(keys(store.jdbc(), runId)).hasSize(50);
            commits.close();
        }
    }
}
