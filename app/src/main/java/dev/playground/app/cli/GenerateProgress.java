package dev.playground.app.cli;

import dev.playground.engine.dataset.generate.GenerationListener;
import java.io.PrintWriter;

/** A one-line progress bar on standard error for {@code dataset generate}, redrawn in place; used only on a terminal. */
final class GenerateProgress implements GenerationListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;

    GenerateProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void onProgress(int done, int total, int skipped) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total
                + (skipped > 0 ? " · " + skipped + " skipped" : ""));
        if (done == total) err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
        err.flush();
    }
}
