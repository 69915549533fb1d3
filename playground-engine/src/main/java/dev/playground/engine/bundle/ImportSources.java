package dev.playground.engine.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Collects the files of an import (a folder, a zip, or one file) into memory, within the limits.
 * Zip entries that would land outside the target folder, oversized files and hidden folders
 * (such as .git) are reported instead of read.
 */
public final class ImportSources {
    private final ImportLimits limits;

    public ImportSources(ImportLimits limits) {
        this.limits = limits;
    }

    public record Collected(List<SourceFile> files, List<FileReport> refused) {}

    public Collected collect(Path source) throws BundleFileException {
        if (!Files.exists(source)) throw new BundleFileException(source + " does not exist. Give a bundle folder, a .zip or a prompt file.");
        List<SourceFile> files = new ArrayList<>();
        List<FileReport> refused = new ArrayList<>();
        Budget budget = new Budget();
        if (Files.isDirectory(source)) {
            readFolder(source, files, refused, budget);
        } else if (source.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            readZip(source, files, refused, budget);
        } else {
            readFile(source, source.getFileName().toString(), files, refused, budget);
        }
        return new Collected(files, refused);
    }

    /** Reads a file next to an imported one (a promptfoo {@code file://} reference), refusing paths that leave its folder. */
    public static String resolveSibling(String baseFolder, String reference) throws BundleFileException {
        String joined = baseFolder.isEmpty() ? reference : baseFolder + "/" + reference;
        String normalized = normalize(joined);
        if (normalized == null) throw new BundleFileException("'" + reference + "' points outside the imported folder; it was not read.");
        return normalized;
    }

    private final class Budget {
        long total;
        int entries;

        void count(String path, long size) throws BundleFileException {
            entries++;
            total += size;
            if (entries > limits.maxEntries()) throw new BundleFileException("More than " + limits.maxEntries() + " files; import fewer at a time.");
            if (total > limits.maxTotalBytes()) {
                throw new BundleFileException("The import is over " + limits.maxTotalBytes() / (1 << 20) + " MiB in total (reached at " + path + ").");
            }
        }
    }

    private void readFolder(Path root, List<SourceFile> files, List<FileReport> refused, Budget budget) throws BundleFileException {
        try (Stream<Path> walk = Files.walk(root)) {
            Path realRoot = root.toRealPath();
            for (Path file : walk.filter(p -> !p.equals(root)).sorted().toList()) {
                String relative = root.relativize(file).toString().replace('\\', '/');
                if (hidden(relative)) continue;
                if (Files.isSymbolicLink(file)) {
                    // A link could reach any file of the user's (keys, other projects); only links that stay inside are read.
                    if (!leadsInside(file, realRoot)) {
                        refused.add(FileReport.refused(relative, "link", "is a symbolic link to " + target(file)
                                + ", outside the imported folder; it was not followed"));
                        continue;
                    }
                }
                if (!Files.isRegularFile(file)) continue;
                readFile(file, relative, files, refused, budget);
            }
        } catch (IOException e) {
            throw new BundleFileException("Cannot read the folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean leadsInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false;
        }
    }

    private static String target(Path link) {
        try {
            return Files.readSymbolicLink(link).toString();
        } catch (IOException | UnsupportedOperationException e) {
            return "a file that cannot be resolved";
        }
    }

    private void readFile(Path file, String relative, List<SourceFile> files, List<FileReport> refused, Budget budget)
            throws BundleFileException {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                refused.add(FileReport.refused(relative, "file", tooLarge()));
                return;
            }
            budget.count(relative, size);
            files.add(new SourceFile(relative, Files.readAllBytes(file)));
        } catch (IOException e) {
            refused.add(FileReport.refused(relative, "file", "cannot be read: " + e.getMessage()));
        }
    }

    private void readZip(Path zip, List<SourceFile> files, List<FileReport> refused, Budget budget) throws BundleFileException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (entry.isDirectory()) continue;
                String normalized = normalize(entry.getName().replace('\\', '/'));
                if (normalized == null) {
                    refused.add(FileReport.refused(entry.getName(), "zip entry",
                            "its path leads outside the bundle folder (absolute or with '..'); it was not read"));
                    continue;
                }
                if (hidden(normalized)) continue;
                byte[] content = readBounded(in);
                if (content == null) {
                    refused.add(FileReport.refused(normalized, "zip entry", tooLarge()));
                    continue;
                }
                budget.count(normalized, content.length);
                files.add(new SourceFile(normalized, content));
            }
        } catch (IOException e) {
            throw new BundleFileException(zip + " is not a readable zip file: " + e.getMessage(), e);
        }
    }

    /** The entry's bytes, or null once it passes the per-file limit (the declared size of an entry cannot be trusted). */
    private byte[] readBounded(InputStream in) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        return content.length > limits.maxFileBytes() ? null : content;
    }

    private String tooLarge() {
        return "is larger than " + limits.maxFileBytes() / 1024 + " KiB; it was not read";
    }

    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) return true;
        }
        return false;
    }

    /** The path with '.' and '..' resolved, or null if it is absolute or climbs above its root. */
    static String normalize(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.matches("^[A-Za-z]:.*")) return null;
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) continue;
            if (part.equals("..")) {
                if (parts.isEmpty()) return null;
                parts.removeLast();
            } else {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join("/", parts);
    }
}
