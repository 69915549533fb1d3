package dev.playground.app;

import dev.playground.app.cli.PlaygroundCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;

/**
 * Entry point. No arguments (or only --data-dir) opens the window; anything else is the
 * command line. Kept apart from the Application class so JavaFX can start from the class path.
 */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        String dataDir = takeDataDir(rest);
        if (rest.isEmpty()) {
            // Open the store while JavaFX starts: the two are independent and both take a while.
            PlaygroundApplication.pending = CompletableFuture.supplyAsync(() -> AppContext.open(DataDirectory.resolve(dataDir)));
            Application.launch(PlaygroundApplication.class);
            return;
        }
        System.exit(PlaygroundCommand.execute(args));
    }

    private static String takeDataDir(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data-dir") && i + 1 < args.size()) {
                String value = args.get(i + 1);
                args.remove(i + 1);
                args.remove(i);
                return value;
            }
            if (arg.startsWith("--data-dir=")) {
                args.remove(i);
                return arg.substring("--data-dir=".length());
            }
        }
        return null;
    }
}
