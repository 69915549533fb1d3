package dev.playground.app.cli;

import dev.playground.engine.task.InFlightCalls;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * What happens when the process is told to stop while it works: Ctrl+C (SIGINT), SIGTERM, or the terminal closing
 * (SIGHUP). Every model call under way is stopped, and we wait, at most {@link #WAIT}, until each has written its
 * run-log entry, marked cancelled; the command line then says so in one line on standard error and the process
 * exits 130 (143 for SIGTERM, 129 for SIGHUP), as shells expect.
 *
 * <p>A signal handler rather than a JVM shutdown hook: the store's database (H2 with its automatic server) closes
 * itself from a shutdown hook of its own, which the JVM runs at the same time as ours, so a run-log entry written
 * from a shutdown hook could find the store already closed (and H2 refuses to skip that hook in server mode). Here
 * the entries are written first, and the JVM's shutdown, with H2's clean close, comes after.
 */
public final class StopSignals {
    /** How long a stopped process waits for the entries of the calls it stopped. */
    static final Duration WAIT = Duration.ofSeconds(2);
    static final String REASON = "Stopped because the command was interrupted.";

    private final InFlightCalls calls;
    private final PrintStream err;
    private final boolean commandLine;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final CountDownLatch reported = new CountDownLatch(1);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private volatile int exitCode;

    private StopSignals(InFlightCalls calls, PrintStream err, boolean commandLine) {
        this.calls = calls;
        this.err = err;
        this.commandLine = commandLine;
    }

    /** For a command: when stopped it always prints one "Cancelled: …" line. */
    public static StopSignals installForCommand(InFlightCalls calls) {
        return install(new StopSignals(calls, System.err, true));
    }

    /** For the window: calls under way are stopped and recorded; a line is printed only if there were any. */
    public static StopSignals installForWindow(InFlightCalls calls) {
        return install(new StopSignals(calls, System.err, false));
    }

    private static StopSignals install(StopSignals handler) {
        for (String name : new String[] {"INT", "TERM", "HUP"}) {
            try {
                Signal.handle(new Signal(name), signal -> handler.stop(128 + signal.getNumber()));
            } catch (IllegalArgumentException e) {
                // Not on this OS (Windows has no SIGHUP), or ignored by whoever started us (nohup): keep the default.
            }
        }
        return handler;
    }

    /**
     * The command ended with {@code code}. If it ended because it was stopped, this waits (bounded) until the
     * "Cancelled" line is printed and returns the signal's exit code.
     */
    public int finished(int code) {
        finished.countDown();
        if (!stopping.get()) return code;
        try {
            reported.await(WAIT.toMillis() + 1000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return exitCode;
    }

    /** The window closed normally. */
    public void finished() {
        finished.countDown();
    }

    /** Runs on the JVM's signal thread. */
    private void stop(int code) {
        if (!stopping.compareAndSet(false, true) || finished.getCount() == 0) {
            // A second Ctrl+C, or a signal after the work was done: end now.
            System.exit(code);
            return;
        }
        exitCode = code;
        try {
            String line = stopCalls();
            if (line != null) {
                err.println(line);
                err.flush();
            }
        } finally {
            reported.countDown();
        }
        System.exit(code);
    }

    private String stopCalls() {
        try {
            long deadline = System.nanoTime() + WAIT.toNanos();
            InFlightCalls.StopReport report = calls.stopAll(REASON, WAIT);
            // A command whose calls were stopped ends at once (closing its partial answer's line); give it what is
            // left of the wait so that the line comes after its output.
            if (commandLine && !report.stopped().isEmpty()) finished.await(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return message(report);
        } catch (InterruptedException e) {
            return commandLine ? "Cancelled: the command was stopped before it finished." : null;
        }
    }

    /** One line in plain words; null when the window is stopped with nothing under way. */
    String message(InFlightCalls.StopReport report) {
        int stopped = report.stopped().size();
        int unfinished = report.unfinished().size();
        if (stopped == 0) return commandLine ? "Cancelled: the command was stopped before it finished." : null;
        String what = stopped == 1 ? report.stopped().get(0) + " was stopped" : stopped + " model calls were stopped";
        if (unfinished == 0) {
            return "Cancelled: " + what + (stopped == 1 ? "; the run log keeps it as cancelled." : "; the run log keeps them as cancelled.");
        }
        return "Cancelled: " + what + ", but " + (unfinished == 1 && stopped == 1 ? "its run-log entry was" : unfinished + " run-log entries were")
                + " not written within " + WAIT.toSeconds() + " s.";
    }
}
