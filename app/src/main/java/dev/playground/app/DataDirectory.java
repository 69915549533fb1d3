package dev.playground.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the store lives: --data-dir, else $PLAYGROUND_HOME, else the OS's usual per-user data
 * folder (XDG on Linux, Application Support on macOS, %APPDATA% on Windows).
 */
public final class DataDirectory {
    private DataDirectory() {}

    public static Path resolve(String option, Map<String, String> env, String osName, String userHome) {
        if (option != null && !option.isBlank()) return Path.of(option).toAbsolutePath();
        String home = env.get("PLAYGROUND_HOME");
        if (home != null && !home.isBlank()) return Path.of(home).toAbsolutePath();
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.getOrDefault("APPDATA", Path.of(userHome, "AppData", "Roaming").toString());
            return Path.of(appData, "Prompt Playground");
        }
        if (os.contains("mac")) return Path.of(userHome, "Library", "Application Support", "Prompt Playground");
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg == null || xdg.isBlank() ? Path.of(userHome, ".local", "share") : Path.of(xdg);
        return base.resolve("prompt-playground");
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name"), System.getProperty("user.home"));
    }
}
