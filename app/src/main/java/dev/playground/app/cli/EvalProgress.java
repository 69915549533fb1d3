package dev.playground.app.cli;

import dev.playground.engine.suite.SuiteCell;
import dev.playground.engine.suite.SuiteListener;
import dev.playground.engine.suite.SuitePlan;
import java.io.PrintWriter;

/** A one-line progress bar on standard error, redrawn in place; {@code eval} uses it only when standard error is a terminal. */
final class EvalProgress implements SuiteListener {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private int failed;

    EvalProgress(PrintWriter err) {
        this.err = err;
    }

    @Override
    public void onStart(SuitePlan plan, int total, int alreadyDone) {
        draw(alreadyDone, total);
    }

    @Override
    public synchronized void onCell(SuiteCell cell, int done, int total) {
        if (!cell.passed()) failed++;
        draw(done, total);
        if (done == total) {
            err.print("\r" + " ".repeat(WIDTH + 40) + "\r");
            err.flush();
        }
    }

    private synchronized void draw(int done, int total) {
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + (failed > 0 ? " · " + failed + " failing" : ""));
        err.flush();
    }
}
