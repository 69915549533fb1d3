package dev.playground.app;

import dev.playground.app.cli.PlaygroundCommand;
import dev.playground.app.cli.StopSignals;
import dev.playground.app.cli.VersionLine;
import dev.playground.engine.task.InFlightCalls;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/**
 * Entry point. No arguments (or only --data-dir and --store) opens the window; anything else is the
 * command line. Kept apart from the Application class so JavaFX can start from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        // The version alone needs neither picocli nor the store: answered before either loads (docs/decisions/0005).
        if (VersionLine.printIfAsked(args)) return;
        List<String> rest = new ArrayList<>(List.of(args));
        String dataDir = take(rest, "--data-dir");
        String store = take(rest, "--store");
        // Model calls under way when the process is told to stop (Ctrl+C, SIGTERM) are stopped and logged as cancelled.
        InFlightCalls calls = new InFlightCalls();
        if (rest.isEmpty()) {
            StopSignals signals = StopSignals.installForWindow(calls);
            // Open the store while JavaFX starts: the two are independent and both take a while.
            PlaygroundApplication.pending = CompletableFuture.supplyAsync(() -> AppContext.open(DataDirectory.resolve(dataDir), store, calls));
            Application.launch(PlaygroundApplication.class);
            signals.finished();
            return;
        }
        StopSignals signals = StopSignals.installForCommand(calls);
        System.exit(signals.finished(PlaygroundCommand.execute(args, calls)));
    }

    /** Removes {@code option} and its value from {@code args} (the window takes only these two options). */
    private static String take(List<String> args, String option) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals(option) && i + 1 < args.size()) {
                String value = args.get(i + 1);
                args.remove(i + 1);
                args.remove(i);
                return value;
            }
            if (arg.startsWith(option + "=")) {
                args.remove(i);
                return arg.substring(option.length() + 1);
            }
        }
        return null;
    }
}
