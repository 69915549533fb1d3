package dev.playground.engine.bundle;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Files a prompt file points at (a promptfoo {@code file://} path or glob, a Semantic Kernel {@code config.json}):
 * from the same folder or zip, or next to a single file imported from disk, never outside it. Records what it read,
 * so those files are not imported again on their own.
 */
final class ImportSiblings implements PromptfooConfig.Siblings {
    private final SourceFile base;
    private final Map<String, SourceFile> byPath;
    private final Path diskRoot;
    private final ImportLimits limits;
    private final Set<String> read;

    ImportSiblings(SourceFile base, Map<String, SourceFile> byPath, Path diskRoot, ImportLimits limits, Set<String> read) {
        this.base = base;
        this.byPath = byPath;
        this.diskRoot = diskRoot;
        this.limits = limits;
        this.read = read;
    }

    @Override
    public byte[] read(String relative) throws BundleFileException {
        String path = ImportSources.resolveSibling(base.folder(), relative);
        SourceFile inImport = byPath.get(path);
        if (inImport != null) {
            read.add(path);
            return inImport.content();
        }
        if (diskRoot != null) {
            Path file = diskRoot.resolve(path).normalize();
            if (!file.startsWith(diskRoot)) throw new BundleFileException("'" + relative + "' points outside the imported folder.");
            try {
                if (!Files.exists(file)) throw new BundleFileException("'" + relative + "' is referenced but does not exist.");
                if (!file.toRealPath().startsWith(diskRoot.toRealPath())) {
                    throw new BundleFileException("'" + relative + "' is a symbolic link leading outside the imported folder; it was not followed.");
                }
                if (Files.size(file) > limits.maxFileBytes()) throw new BundleFileException("'" + relative + "' is too large to import.");
                read.add(path);
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new BundleFileException("'" + relative + "' cannot be read: " + e.getMessage(), e);
            }
        }
        throw new BundleFileException("'" + relative + "' is referenced but not in the imported folder.");
    }

    /** Whether a file exists next to the base file, without reading it. */
    boolean exists(String relative) {
        try {
            String path = ImportSources.resolveSibling(base.folder(), relative);
            return byPath.containsKey(path) || diskRoot != null && Files.isRegularFile(diskRoot.resolve(path).normalize())
                    && diskRoot.resolve(path).normalize().startsWith(diskRoot);
        } catch (BundleFileException e) {
            return false;
        }
    }

    @Override
    public List<String> list(String glob) throws BundleFileException {
        String pattern = ImportSources.resolveSibling(base.folder(), glob);
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        Set<String> found = new TreeSet<>();
        for (String path : byPath.keySet()) if (matcher.matches(Path.of(path))) found.add(path);
        if (diskRoot != null && found.isEmpty()) {
            try (Stream<Path> walk = Files.walk(diskRoot, 8)) {
                walk.filter(Files::isRegularFile).map(p -> diskRoot.relativize(p).toString().replace('\\', '/'))
                        .filter(p -> !p.startsWith(".") && !p.contains("/.") && matcher.matches(Path.of(p))).forEach(found::add);
            } catch (IOException e) {
                throw new BundleFileException("The files matching '" + glob + "' cannot be listed: " + e.getMessage(), e);
            }
        }
        // Back to paths relative to the base file's folder, as read() takes them.
        List<String> relative = new ArrayList<>();
        String prefix = base.folder().isEmpty() ? "" : base.folder() + "/";
        for (String path : found) relative.add(path.startsWith(prefix) ? path.substring(prefix.length()) : path);
        return relative;
    }
}
