package dev.playground.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.store.testkit.EveryRecordKind;
import dev.playground.store.testkit.TeamStores;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's library hears of saves made elsewhere: on the embedded store and on a team store. */
class LibraryWatchTest {
    @TempDir Path dir;

    @Test
    void a_save_through_another_process_of_the_embedded_store_is_noticed_once() {
        try (LocalStore window = LocalStore.open(dir); LocalStore other = LocalStore.open(dir)) {
            noticesOnce(window, other);
        }
    }

    @Test
    void a_save_by_someone_else_on_the_team_store_is_noticed_once() {
        TeamStores teams = new TeamStores();
        try (LocalStore window = teams.open(dir); LocalStore colleague = teams.open(dir)) {
            noticesOnce(window, colleague);
        }
    }

    @Test
    void a_window_watching_the_team_store_is_called_back_when_someone_else_saves() throws Exception {
        TeamStores teams = new TeamStores();
        try (LocalStore window = teams.open(dir); LocalStore colleague = teams.open(dir)) {
            CountDownLatch heard = new CountDownLatch(1);
            try (LibraryWatch watch = window.libraryWatch().start(Duration.ofMillis(50), heard::countDown)) {
                // The watch's first look may come after a save (it only notes where the library stands), so the colleague
                // keeps saving until one is heard: no timing is assumed.
                for (int version = 1; version <= 600 && heard.getCount() > 0; version++) {
                    colleague.prompts().saveVersion("tutor", EveryRecordKind.document("Hi " + version), "take " + version, "luis");
                    heard.await(100, TimeUnit.MILLISECONDS);
                }
                assertThat(heard.getCount()).as("the window heard of the colleague's save").isZero();
            }
        }
    }

    private static void noticesOnce(LocalStore window, LocalStore other) {
        try (LibraryWatch watch = window.libraryWatch()) {
            assertThat(watch.changed()).as("the first look only notes where the library stands").isFalse();
            assertThat(watch.changed()).isFalse();
            other.prompts().saveVersion("tutor", EveryRecordKind.document("Hi"), "first", "luis");
            assertThat(watch.changed()).isTrue();
            assertThat(watch.changed()).isFalse();
            other.aliases().set("tutor", "production", 1, "luis");
            assertThat(watch.changed()).isTrue();
        }
    }
}
