package dev.playground.store;

import dev.playground.store.h2.Jdbc;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;

/**
 * Tells the window when someone else changed the library: another person on the team store, or a command in another
 * process. Every write to a prompt, its tags or aliases takes the next number of {@code prompt_change_seq}, so one
 * indexed read of the highest number says whether anything changed (decision 0095: polling, not LISTEN/NOTIFY).
 */
public final class LibraryWatch implements AutoCloseable {
    /** How often the window looks: a save shows in other people's libraries within about this long. */
    public static final Duration EVERY = Duration.ofSeconds(3);

    private final Jdbc jdbc;
    private final AtomicLong seen = new AtomicLong(-1);
    private volatile Thread poller;

    LibraryWatch(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** True when the library changed since the last call (the first call only notes where it stands). */
    public boolean changed() {
        long now = jdbc.read("look for changes to the library", connection -> {
            try (PreparedStatement max = connection.prepareStatement("SELECT COALESCE(MAX(change_seq), 0) FROM prompt");
                 ResultSet rs = max.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        long before = seen.getAndSet(now);
        return before >= 0 && before != now;
    }

    /** Calls {@code onChange} (on a background thread) each time {@link #changed()} finds a change, every {@code every}. */
    public synchronized LibraryWatch start(Duration every, Runnable onChange) {
        if (poller != null) return this;
        // The first look (where the library stands) happens on the watch's own thread: the window starts it on its UI thread.
        poller = Thread.ofPlatform().daemon().name("library-watch").start(() -> {
            try {
                changed();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(LibraryWatch.class).debug("Could not look at the library: {}", e.getMessage());
            }
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    Thread.sleep(every);
                    if (changed()) onChange.run();
                } catch (InterruptedException e) {
                    return;
                } catch (RuntimeException e) {
                    // A busy or unreachable store: look again next time.
                    LoggerFactory.getLogger(LibraryWatch.class).debug("Could not look for library changes: {}", e.getMessage());
                }
            }
        });
        return this;
    }

    @Override
    public synchronized void close() {
        if (poller != null) poller.interrupt();
        poller = null;
    }
}
