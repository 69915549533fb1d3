package dev.playground.store.h2;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/** Keeps the data folder and the store's files readable by their owner alone, where the file system has POSIX modes. */
public final class OwnerOnly {
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private OwnerOnly() {}

    public static void folder(Path dir) throws IOException {
        if (POSIX && Files.isDirectory(dir)) Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
    }

    public static void file(Path file) throws IOException {
        if (POSIX && Files.isRegularFile(file)) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    }

    /** The folder, and every file the store keeps directly in it. */
    public static void store(Path dataDir) throws IOException {
        folder(dataDir);
        try (var files = Files.list(dataDir)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.startsWith(StoreConnections.DATABASE_NAME + ".")) file(file);
            }
        }
    }

    /** Creates an empty file that only its owner can read, before anything secret is written into it. */
    static Path newFile(Path file) throws IOException {
        if (POSIX) return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        return Files.createFile(file);
    }
}
