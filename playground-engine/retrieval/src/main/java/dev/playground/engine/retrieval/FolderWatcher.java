package dev.playground.engine.retrieval;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows attached folders (and their subfolders) while the app runs and reports changed paths
 * once things have been quiet for a moment, so saving a file triggers one re-index, not ten.
 */
public final class FolderWatcher implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FolderWatcher.class);

    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration quiet;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    public FolderWatcher(Iterable<Path> roots, Duration quiet, Consumer<Set<Path>> onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.quiet = quiet;
        this.onChange = onChange;
        for (Path root : roots) {
            Path folder = Files.isDirectory(root) ? root : root.getParent();
            if (folder != null && Files.isDirectory(folder)) registerTree(folder);
        }
        thread = Thread.ofVirtual().name("folder-watcher").start(this::loop);
    }

    private void loop() {
        Set<Path> changed = new LinkedHashSet<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = changed.isEmpty() ? service.take() : service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (key == null) {
                    onChange.accept(Set.copyOf(changed));
                    changed.clear();
                    continue;
                }
                collect(key, changed);
            }
        } catch (InterruptedException | ClosedWatchServiceException stopped) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warn("Folder watching stopped", e);
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) continue;
            Path path = folder.resolve((Path) event.context());
            if (path.getFileName().toString().startsWith(".")) continue;
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) registerQuietly(path);
        }
        if (!key.reset()) folders.remove(key);
    }

    private void registerQuietly(Path folder) {
        try {
            registerTree(folder);
        } catch (IOException e) {
            LOG.info("Cannot watch {}: {}", folder, e.getMessage());
        }
    }

    private void registerTree(Path root) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                if (!dir.equals(root) && dir.getFileName().toString().startsWith(".")) return FileVisitResult.SKIP_SUBTREE;
                folders.put(dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE), dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
