package dev.playground.store.h2;

import dev.playground.store.StoreBusyException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A lock that one thread of one process holds at a time, through the operating system's file
 * locks (released when a process dies, even by kill -9). {@code UPGRADE} guards creating,
 * upgrading and recovering a store; {@code HANDOVER} guards the moments H2 itself handles
 * badly when several processes do them at once: the first connection (which may start the
 * shared server) and the last one's closing (which stops it).
 */
final class ProcessLock implements AutoCloseable {
    static final String UPGRADE = "upgrade";
    static final String HANDOVER = "handover";
    private static final Map<String, ReentrantLock> IN_THIS_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    static ProcessLock take(Path dataDir, String name, Duration patience, String whatWeWaitFor) throws IOException {
        Path file = dataDir.toAbsolutePath().resolve(StoreConnections.DATABASE_NAME + "." + name + ".lock");
        ReentrantLock local = IN_THIS_PROCESS.computeIfAbsent(file.toString(), f -> new ReentrantLock());
        local.lock();
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            Backoff backoff = new Backoff(patience);
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) return new ProcessLock(local, channel, lock);
                if (!backoff.pause()) {
                    channel.close();
                    throw new StoreBusyException(dataDir, whatWeWaitFor, null);
                }
            }
        } catch (IOException | RuntimeException e) {
            local.unlock();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
