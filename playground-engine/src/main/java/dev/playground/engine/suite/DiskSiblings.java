package dev.playground.engine.suite;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.bundle.ImportLimits;
import dev.playground.engine.bundle.PromptfooConfig;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;

/** Files a suite or promptfoo config points at ({@code file://data.csv}, globs), read relative to its folder. */
final class DiskSiblings implements PromptfooConfig.Siblings {
    private final Path folder;
    private final ImportLimits limits;

    DiskSiblings(Path folder, ImportLimits limits) {
        this.folder = folder;
        this.limits = limits;
    }

    @Override
    public byte[] read(String relative) throws BundleFileException {
        Path target = folder.resolve(strip(relative)).normalize();
        try {
            if (Files.size(target) > limits.maxFileBytes()) {
                throw new BundleFileException(relative + " is " + Files.size(target) / 1024 + " KiB; files over " + limits.maxFileBytes() / 1024
                        + " KiB are not read. Split it into smaller files.");
            }
            return Files.readAllBytes(target);
        } catch (IOException e) {
            throw new BundleFileException("Cannot read " + relative + " (" + (e instanceof NoSuchFileException ? "no such file" : e.getClass().getSimpleName())
                    + "). Check the path; it is read relative to " + folder + ".", e);
        }
    }

    @Override
    public List<String> list(String glob) throws BundleFileException {
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + strip(glob));
        try (Stream<Path> files = Files.walk(folder, 8)) {
            return files.filter(Files::isRegularFile).map(folder::relativize).filter(matcher::matches)
                    .map(p -> p.toString().replace('\\', '/')).sorted().toList();
        } catch (IOException e) {
            throw new BundleFileException("Cannot list the files of " + folder + " for '" + glob + "': " + e.getMessage(), e);
        }
    }

    private static String strip(String path) {
        return path.startsWith("file://") ? path.substring("file://".length()) : path;
    }
}
