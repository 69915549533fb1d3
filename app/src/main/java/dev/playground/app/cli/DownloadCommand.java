package dev.playground.app.cli;

import dev.playground.engine.local.LocalModelException;
import dev.playground.engine.local.ModelDownload;
import dev.playground.engine.local.ModelLibrary;
import java.io.PrintWriter;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code playground models download URL [--sha256 HEX]}: downloads a GGUF model into the data folder's models folder
 * with a progress bar, resumes an interrupted download (HTTP ranges), checks free space and the checksum, and adds the
 * model as the connection {@code local-NAME}.
 */
@Command(name = "download", mixinStandardHelpOptions = true,
        description = "Download a GGUF chat model (for example a Hugging Face file link) into the models folder and add it as local-NAME. "
                + "Run it again after an interruption to resume. Exit 1 when the download fails or the file is damaged.")
final class DownloadCommand implements Callable<Integer> {
    private static final int BAR = 30;

    @ParentCommand ModelsCommand parent;

    @Parameters(index = "0", paramLabel = "URL", description = "The http(s) address of the .gguf file.")
    String url;

    @Option(names = "--sha256", paramLabel = "HEX", description = "The file's SHA-256 (64 hex digits); a download that does not match is deleted.")
    String sha256;

    @Override
    public Integer call() throws InterruptedException {
        URI uri = uri();
        if (sha256 != null && !sha256.strip().matches("[0-9a-fA-F]{64}")) {
            throw new BadInputException("--sha256 takes the 64 hexadecimal digits of the file's SHA-256.");
        }
        parent.root().context().offline().downloadRefusal(url).ifPresent(reason -> {
            throw new OfflineRefusal(reason);
        });
        PrintWriter err = parent.spec.commandLine().getErr();
        ModelLibrary.Added done;
        try {
            done = parent.library().download(uri, null, sha256, new Bar(err), () -> parent.root().interrupted());
        } catch (LocalModelException e) {
            err.println();
            throw new DownloadFailed(e.getMessage());
        }
        err.println();
        if (done == null) return ExitCodes.CANCELLED;
        done.memoryWarning().ifPresent(w -> err.println("Warning: " + w));
        String as = done.entry().connection() == null ? " (an embedding model)" : " as connection '" + done.entry().connection() + "'";
        parent.spec.commandLine().getOut().println("Downloaded " + done.entry().file() + (done.resumed() ? " (resumed)" : "") + as + ".");
        return 0;
    }

    private URI uri() {
        try {
            URI uri = URI.create(url.strip());
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) throw new IllegalArgumentException();
            ModelDownload.fileName(uri);
            return uri;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("'" + url + "' is not an http:// or https:// address of a file.");
        } catch (LocalModelException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** A download that failed or was refused: exit 1 (the file was refused), with the message. */
    static final class DownloadFailed extends dev.playground.engine.model.ProviderException {
        DownloadFailed(String message) {
            super(Kind.NETWORK, message);
        }
    }

    /** Refused by the offline switch: exit 1. */
    static final class OfflineRefusal extends dev.playground.engine.model.ProviderException {
        OfflineRefusal(String message) {
            super(Kind.CONFIGURATION, message);
        }
    }

    /** "[#########---------------------]  31%  12.0 of 38.5 MB" on one line, redrawn when the percentage changes. */
    static final class Bar implements ModelDownload.Progress {
        private final PrintWriter err;
        private long shown = -1;

        Bar(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(long done, long total) {
            long step = total > 0 ? done * 100 / total : done >> 20;
            if (step == shown) return;
            shown = step;
            err.print("\r" + line(done, total));
            err.flush();
        }

        static String line(long done, long total) {
            if (total <= 0) return String.format(Locale.ROOT, "%.1f MB", done / 1048576.0);
            int filled = (int) (done * BAR / total);
            return "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + String.format(Locale.ROOT, "%3d%%  %.1f of %.1f MB",
                    done * 100 / total, done / 1048576.0, total / 1048576.0);
        }
    }
}
