package dev.playground.engine.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.LinkedHashMap;
import java.util.Map;

/** Lists the regular files under a collection's sources (skipping hidden files and folders), with their tags. */
final class FileScanner {
    private FileScanner() {}

    static Map<Path, Source> files(Iterable<Source> sources) {
        Map<Path, Source> files = new LinkedHashMap<>();
        for (Source source : sources) {
            if (Files.isRegularFile(source.path())) {
                files.put(source.path(), source);
            } else if (Files.isDirectory(source.path())) {
                walk(source, files);
            }
        }
        return files;
    }

    private static void walk(Source source, Map<Path, Source> files) {
        try {
            Files.walkFileTree(source.path(), new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return isHidden(dir) && !dir.equals(source.path()) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !isHidden(file)) files.putIfAbsent(file.toAbsolutePath().normalize(), source);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list " + source.path(), e);
        }
    }

    private static boolean isHidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
