package dev.playground.engine.local;

import dev.playground.engine.connections.ConnectionService;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The local models, as {@code playground models …} and Settings > Models both see them (one service, two faces).
 * A chat model is a GGUF file with a connection named {@code local-<file name without extension>} whose model is the
 * file; it may live anywhere. An embedding model is an ONNX file kept in the models folder. Downloads go to the
 * models folder, where a removed model's file is deleted too; a file added from elsewhere is left where it is.
 */
public final class ModelLibrary {
    public static final String PREFIX = "local-";

    private final ConnectionService connections;
    private final Path folder;
    private final Function<String, Optional<String>> downloadRefusal;
    private final MemoryCheck memory;
    private final ModelDownload download;

    /** One installed model: its file, its header (chat models; null when unreadable) and the connection that runs it. */
    public record Entry(String name, ModelKind kind, Path file, long sizeBytes, String connection, GgufFile header, String problem) {
        /** Memory the model needs to load and run (see {@link MemoryCheck#neededFor}). */
        public long memoryNeeded() {
            return MemoryCheck.neededFor(sizeBytes);
        }
    }

    /** What adding or downloading gave: the model, and a warning when it needs more memory than is free now. */
    public record Added(Entry entry, Optional<String> memoryWarning, boolean resumed) {}

    /** What removing did: the connection removed (null for an embedding model) and whether the file was deleted. */
    public record Removed(String name, String connection, Path file, boolean deleted) {}

    /**
     * @param downloadRefusal the offline switch's say on a download address (empty: it may go)
     */
    public ModelLibrary(ConnectionService connections, Path folder, Function<String, Optional<String>> downloadRefusal,
                        MemoryCheck memory, ModelDownload download) {
        this.connections = connections;
        this.folder = folder.toAbsolutePath().normalize();
        this.downloadRefusal = downloadRefusal;
        this.memory = memory;
        this.download = download;
    }

    public Path folder() {
        return folder;
    }

    /** {@code local-<file name without extension>}. */
    public static String connectionName(Path file) {
        return PREFIX + GgufFile.baseName(file);
    }

    /** The local connections' files first, then other model files in the models folder. */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        List<Path> seen = new ArrayList<>();
        for (Connection c : connections.all()) {
            if (c.kind() != ProviderKind.LOCAL || c.defaultModel().isBlank()) continue;
            Path file = Path.of(c.defaultModel()).toAbsolutePath().normalize();
            seen.add(file);
            entries.add(entry(file, c.name()));
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path f : files.filter(p -> ModelKind.of(p).isPresent()).sorted().toList()) {
                    if (!seen.contains(f.toAbsolutePath().normalize())) entries.add(entry(f.toAbsolutePath().normalize(), null));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return entries;
    }

    private static Entry entry(Path file, String connection) {
        ModelKind kind = ModelKind.of(file).orElse(ModelKind.CHAT);
        long size = sizeOf(file);
        String name = GgufFile.baseName(file);
        if (kind == ModelKind.EMBEDDING) {
            String problem = OnnxFile.looksLikeOnnx(file) ? null : LocalModelException.of("notOnnx", file).getMessage();
            return new Entry(name, kind, file, size, connection, null, problem);
        }
        try {
            return new Entry(name, kind, file, size, connection, GgufFile.read(file), null);
        } catch (LocalModelException e) {
            return new Entry(name, kind, file, size, connection, null, e.getMessage());
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * Adds a model file from disk, checked first: a GGUF chat model gets its connection {@code local-NAME} (the file
     * stays where it is); an ONNX embedding model is copied into the models folder. A file that is not a usable model
     * is refused with a {@link LocalModelException} that names it.
     */
    public Added add(Path file) {
        Path path = file.toAbsolutePath().normalize();
        ModelKind kind = ModelKind.of(path).orElseThrow(() -> Files.isRegularFile(path)
                ? LocalModelException.of("notModel", path) : LocalModelException.of("missingFile", path));
        if (kind == ModelKind.EMBEDDING) return new Added(addEmbedding(path), Optional.empty(), false);
        if (!Files.isRegularFile(path)) throw LocalModelException.of("missingFile", path);
        GgufFile header = GgufFile.read(path);
        String name = connectionName(path);
        Optional<Connection> existing = connections.find(name);
        if (existing.isPresent()) {
            Connection c = existing.get();
            boolean same = c.kind() == ProviderKind.LOCAL && Path.of(c.defaultModel()).toAbsolutePath().normalize().equals(path);
            if (!same) throw LocalModelException.of("nameTaken", name);
        } else {
            connections.add(name, ProviderKind.LOCAL, "", "", path.toString(), null);
        }
        Entry entry = new Entry(GgufFile.baseName(path), kind, path, header.sizeBytes(), name, header, null);
        return new Added(entry, memory.warning(path, header.sizeBytes()), false);
    }

    private Entry addEmbedding(Path path) {
        OnnxFile.check(path);
        Path target = path.startsWith(folder) ? path : folder.resolve(storedName(path));
        try {
            Files.createDirectories(folder);
            if (!target.equals(path)) {
                if (Files.exists(target)) throw LocalModelException.of("downloadExists", target);
                Path part = folder.resolve(path.getFileName() + ".part");
                Files.copy(path, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                copyTokenizer(path, target);
            }
        } catch (IOException e) {
            throw LocalModelException.of("unreadable", path, String.valueOf(e.getMessage()));
        }
        return entry(target, null);
    }

    /**
     * The name an added ONNX file keeps in the models folder: its own, except Hugging Face's generic {@code model.onnx}
     * (in {@code NAME/} or {@code NAME/onnx/}), which is named after its model's folder so it is told apart from others
     * and E5 models are recognised by name.
     */
    static String storedName(Path source) {
        String file = source.getFileName().toString();
        if (!file.equalsIgnoreCase("model.onnx")) return file;
        Path parent = source.getParent();
        if (parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("onnx")) parent = parent.getParent();
        return parent == null || parent.getFileName() == null ? file : parent.getFileName() + ".onnx";
    }

    /**
     * An embedding model is no use without its tokenizer: the {@code tokenizer.json} beside the added file (or one
     * folder up from {@code onnx/model.onnx}, as Hugging Face lays it out) goes with it as {@code NAME.tokenizer.json},
     * so several models can share the folder. Search then finds it by the model's name.
     */
    private static void copyTokenizer(Path source, Path target) throws IOException {
        Path parent = source.getParent();
        for (Path folder = parent; folder != null; folder = folder.getParent()) {
            Path tokenizer = folder.resolve("tokenizer.json");
            if (Files.isRegularFile(tokenizer)) {
                Files.copy(tokenizer, target.resolveSibling(GgufFile.baseName(target) + ".tokenizer.json"), StandardCopyOption.REPLACE_EXISTING);
                return;
            }
            if (folder.getFileName() == null || !folder.getFileName().toString().equals("onnx")) return;
        }
    }

    /**
     * Downloads {@code url} into the models folder as {@code fileName} (null: the URL's file name) and adds it. Returns
     * null when {@code stop} turned true first (the part is kept, so the same call resumes). Refused while offline.
     */
    public Added download(URI url, String fileName, String sha256, ModelDownload.Progress progress, BooleanSupplier stop)
            throws InterruptedException {
        downloadRefusal.apply(url.toString()).ifPresent(reason -> {
            throw new LocalModelException(reason);
        });
        ModelDownload.Done done = download.fetch(url, folder, fileName, sha256, progress, stop);
        if (done == null) return null;
        Path file = done.file().toAbsolutePath().normalize();
        if (ModelKind.of(file).orElse(ModelKind.CHAT) == ModelKind.EMBEDDING) return new Added(entry(file, null), Optional.empty(), done.resumed());
        Added added = add(file);
        return new Added(added.entry(), added.memoryWarning(), done.resumed());
    }

    /** The part of an unfinished download of {@code fileName} (kept after a pause or a cut), if there is one. */
    public Optional<Path> partOf(String fileName) {
        Path part = folder.resolve(fileName + ".part");
        return Files.exists(part) ? Optional.of(part) : Optional.empty();
    }

    /** Deletes the part of an unfinished download (a cancelled one). */
    public void discardPart(String fileName) {
        try {
            Files.deleteIfExists(folder.resolve(fileName + ".part"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Removes a model by its name, its connection's name or its file: the connection goes, and the file too when it is
     * in the models folder (a file added from elsewhere is left on disk).
     */
    public Removed remove(String nameOrConnection) {
        String wanted = nameOrConnection.strip();
        Entry found = list().stream()
                .filter(e -> wanted.equalsIgnoreCase(e.connection()) || wanted.equalsIgnoreCase(e.name())
                        || wanted.equals(e.file().toString()) || (PREFIX + wanted).equalsIgnoreCase(e.connection()))
                .findFirst().orElseThrow(() -> LocalModelException.of("noLocalModel", wanted));
        if (found.connection() != null) connections.remove(found.connection());
        boolean deleted = false;
        if (found.file().startsWith(folder)) {
            try {
                deleted = Files.deleteIfExists(found.file());
                if (found.kind() == ModelKind.EMBEDDING) {
                    Files.deleteIfExists(found.file().resolveSibling(GgufFile.baseName(found.file()) + ".tokenizer.json"));
                }
            } catch (IOException e) {
                throw LocalModelException.of("unreadable", found.file(), String.valueOf(e.getMessage()));
            }
        }
        return new Removed(found.name(), found.connection(), found.file(), deleted);
    }

    /** A warning in plain words when {@code entry} needs more memory than is free now. */
    public Optional<String> memoryWarning(Entry entry, java.util.Locale locale) {
        return memory.warning(entry.file(), entry.sizeBytes(), locale);
    }
}
