package dev.playground.app;

import dev.playground.engine.secrets.SecretStore;
import dev.playground.engine.secrets.SecretStores;
import dev.playground.store.TeamStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Which store a process opens (decision 0095): {@code --store}, else {@code $PLAYGROUND_STORE}, else the setting kept in
 * the data folder ({@code store-location}, written by {@code playground store use}), else the embedded store in the data
 * folder. "local" means the embedded store. The password never lives here: {@code PLAYGROUND_STORE_PASSWORD}, else the
 * keychain ({@code playground store password}).
 */
public final class StoreLocation {
    public static final String VARIABLE = "PLAYGROUND_STORE";
    public static final String SETTING_FILE = "store-location";
    public static final String LOCAL = "local";

    private StoreLocation() {}

    /** The team store to open, or empty for the embedded one; a bad location is an {@link IllegalArgumentException}. */
    public static Optional<TeamStore> team(String option, Path dataDir, Map<String, String> environment) {
        Optional<String> location = chosen(option, dataDir, environment);
        if (location.isEmpty()) return Optional.empty();
        TeamStore withoutKeychain = TeamStore.of(location.get(), environment, AppContext.author(), Optional.empty());
        if (!withoutKeychain.password().isEmpty()) return Optional.of(withoutKeychain);
        Optional<String> saved = keychain(dataDir).get(withoutKeychain.keychainName());
        return Optional.of(TeamStore.of(location.get(), environment, AppContext.author(), saved));
    }

    /** The server address chosen by option, variable or setting; empty for the embedded store. */
    static Optional<String> chosen(String option, Path dataDir, Map<String, String> environment) {
        String location = option;
        if (blank(location)) location = environment.get(VARIABLE);
        if (blank(location)) location = setting(dataDir).orElse(null);
        if (blank(location) || location.strip().equalsIgnoreCase(LOCAL)) return Optional.empty();
        if (!TeamStore.isServerAddress(location)) {
            throw new IllegalArgumentException("The store location \"" + TeamStore.mask(location) + "\" is not one we can use: give "
                    + "jdbc:postgresql://HOST[:PORT]/DATABASE for a team store, or \"local\" for the store in the data folder.");
        }
        return Optional.of(location.strip());
    }

    /** The store setting in the data folder, if any. */
    public static Optional<String> setting(Path dataDir) {
        Path file = dataDir.resolve(SETTING_FILE);
        if (!Files.isRegularFile(file)) return Optional.empty();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip).filter(l -> !l.isEmpty()).findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Keeps {@code team} (without any secret in its address) as this data folder's store; null goes back to local. */
    public static void use(Path dataDir, TeamStore team) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(SETTING_FILE);
        if (team == null) {
            Files.deleteIfExists(file);
            return;
        }
        Files.writeString(file, team.withoutSecrets() + "\n", StandardCharsets.UTF_8);
    }

    /** Where the password is kept: the OS keychain, or the encrypted file in the data folder when there is none. */
    public static SecretStore keychain(Path dataDir) {
        return SecretStores.lazy(dataDir.resolve("secrets"));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
