package dev.playground.store.h2;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code slowwrites:} before a file path) whose every write waits a while before
 * it reaches the real file: it widens the gap between H2 deciding to store a commit and the bytes
 * being in the file, the gap a kill -9 falls into when a save is acknowledged too early.
 */
public final class SlowWritesFileSystem extends FilePathWrapper {
    static final String SCHEME = "slowwrites";
    private static volatile long pauseMillis;

    static void install(long millis) {
        pauseMillis = millis;
        FilePath.register(new SlowWritesFileSystem());
    }

    static void uninstall() {
        pauseMillis = 0;
        FilePath.unregister(new SlowWritesFileSystem());
    }

    @Override
    public String getScheme() {
        return SCHEME;
    }

    @Override
    public FileChannel open(String mode) throws IOException {
        return new SlowChannel(getBase().open(mode));
    }

    private static final class SlowChannel extends FileChannel {
        private final FileChannel file;

        SlowChannel(FileChannel file) {
            this.file = file;
        }

        private static void pause() throws IOException {
            try {
                Thread.sleep(pauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }

        @Override public int write(ByteBuffer src, long position) throws IOException {
            pause();
            return file.write(src, position);
        }

        @Override public int write(ByteBuffer src) throws IOException {
            pause();
            return file.write(src);
        }

        @Override public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            pause();
            return file.write(srcs, offset, length);
        }

        @Override public int read(ByteBuffer dst) throws IOException { return file.read(dst); }
        @Override public long read(ByteBuffer[] dsts, int offset, int length) throws IOException { return file.read(dsts, offset, length); }
        @Override public int read(ByteBuffer dst, long position) throws IOException { return file.read(dst, position); }
        @Override public long position() throws IOException { return file.position(); }
        @Override public FileChannel position(long newPosition) throws IOException {
            file.position(newPosition);
            return this;
        }
        @Override public long size() throws IOException { return file.size(); }
        @Override public FileChannel truncate(long size) throws IOException {
            file.truncate(size);
            return this;
        }
        @Override public void force(boolean metaData) throws IOException { file.force(metaData); }
        @Override public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return file.transferTo(position, count, target);
        }
        @Override public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            return file.transferFrom(src, position, count);
        }
        @Override public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return file.map(mode, position, size);
        }
        @Override public FileLock lock(long position, long size, boolean shared) throws IOException {
            return file.lock(position, size, shared);
        }
        @Override public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return file.tryLock(position, size, shared);
        }
        @Override protected void implCloseChannel() throws IOException { file.close(); }
    }
}
