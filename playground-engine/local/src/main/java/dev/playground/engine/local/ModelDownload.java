package dev.playground.engine.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.function.BooleanSupplier;

/**
 * Downloads a model file into a folder: into {@code NAME.part} first, resumed with an HTTP range request when a
 * part is already there; checks the free space before it starts, the SHA-256 when one is given, and that the file
 * is a GGUF model before it takes its final name. Stopping (pause) keeps the part for a later resume.
 */
public final class ModelDownload {
    /** Kept free beyond the file itself. */
    static final long SPACE_MARGIN = 64L << 20;

    /** Told about progress: bytes so far, and the total when the server said it (else -1). */
    public interface Progress {
        void update(long done, long total);
    }

    /** The file's final place, and whether it started from a part already there. */
    public record Done(Path file, long bytes, boolean resumed) {}

    private final HttpClient http;

    public ModelDownload(HttpClient http) {
        this.http = http;
    }

    public ModelDownload() {
        this(HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(20)).build());
    }

    /** The name the file gets: the URL's last path segment ("model.gguf" from ".../model.gguf?download=true"). */
    public static String fileName(URI url) {
        String path = url.getPath() == null ? "" : url.getPath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (name.isBlank() || !name.matches("[A-Za-z0-9._+-]+")) {
            throw LocalModelException.of("downloadName", url);
        }
        return name;
    }

    /**
     * Downloads {@code url} into {@code folder}. Returns null when {@code stop} turned true (the part is kept).
     * Failures throw {@link LocalModelException} with a message that says what to do.
     */
    public Done fetch(URI url, Path folder, String sha256, Progress progress, BooleanSupplier stop) throws InterruptedException {
        return fetch(url, folder, null, sha256, progress, stop);
    }

    /**
     * As {@link #fetch(URI, Path, String, Progress, BooleanSupplier)}, saved as {@code fileName} (null: the URL's last
     * path segment). A name ending in {@code .onnx} must be an ONNX model, any other a GGUF one.
     */
    public Done fetch(URI url, Path folder, String fileName, String sha256, Progress progress, BooleanSupplier stop) throws InterruptedException {
        String name = fileName == null || fileName.isBlank() ? fileName(url) : fileName;
        Path target = folder.resolve(name);
        Path part = folder.resolve(name + ".part");
        try {
            Files.createDirectories(folder);
            if (Files.exists(target)) throw LocalModelException.of("downloadExists", target);
            long have = Files.exists(part) ? Files.size(part) : 0;
            HttpRequest.Builder request = HttpRequest.newBuilder(url).GET().header("User-Agent", "prompt-playground");
            if (have > 0) request.header("Range", "bytes=" + have + "-");
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            int status = response.statusCode();
            boolean resumed = status == 206 && have > 0;
            if (status == 416 && have > 0) {
                response.body().close();
                return finish(part, target, sha256, have, true);
            }
            if (status != 200 && status != 206) {
                response.body().close();
                throw LocalModelException.of("downloadStatus", url, status);
            }
            if (!resumed) have = 0;
            OptionalLong length = response.headers().firstValueAsLong("Content-Length");
            long total = length.isPresent() ? have + length.getAsLong() : -1;
            checkSpace(folder, length.orElse(0));
            try (InputStream in = response.body();
                 OutputStream out = Files.newOutputStream(part, StandardOpenOption.CREATE,
                         resumed ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
                byte[] buffer = new byte[1 << 16];
                long done = have;
                progress.update(done, total);
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    out.write(buffer, 0, n);
                    done += n;
                    progress.update(done, total);
                    if (stop.getAsBoolean() && (total < 0 || done < total)) return null; // what arrived is kept for a resume
                }
                if (total >= 0 && done < total) throw LocalModelException.of("downloadCut", url);
            }
            return finish(part, target, sha256, Files.size(part), resumed);
        } catch (java.net.ConnectException | java.nio.channels.UnresolvedAddressException e) {
            throw LocalModelException.of("downloadUnreachable", url);
        } catch (IOException e) {
            throw LocalModelException.of("downloadCut", url);
        }
    }

    private Done finish(Path part, Path target, String sha256, long bytes, boolean resumed) throws IOException {
        if (sha256 != null && !sha256.isBlank()) {
            String actual = sha256Of(part);
            if (!actual.equalsIgnoreCase(sha256.strip())) {
                Files.deleteIfExists(part);
                throw LocalModelException.of("downloadChecksum", target.getFileName(), sha256.strip().toLowerCase(Locale.ROOT), actual);
            }
        }
        boolean onnx = ModelKind.of(target).orElse(ModelKind.CHAT) == ModelKind.EMBEDDING;
        if (onnx ? !OnnxFile.looksLikeOnnx(part) : !GgufFile.looksLikeGguf(part)) {
            Files.deleteIfExists(part);
            throw LocalModelException.of(onnx ? "notOnnx" : "notGguf", target);
        }
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        return new Done(target, bytes, resumed);
    }

    private static void checkSpace(Path folder, long remaining) throws IOException {
        long free = Files.getFileStore(folder).getUsableSpace();
        if (remaining + SPACE_MARGIN > free) {
            Locale locale = Locale.getDefault();
            throw LocalModelException.of("downloadSpace", folder, LocalMessages.size(remaining, locale), LocalMessages.size(free, locale));
        }
    }

    public static String sha256Of(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) >= 0) digest.update(buffer, 0, n);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
