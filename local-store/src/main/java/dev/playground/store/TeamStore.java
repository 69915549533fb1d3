package dev.playground.store;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a team store lives: a PostgreSQL server's JDBC address, the user name and the password (decision 0095). The
 * address may name the user ({@code ?user=ana}); without one the OS user name is used, as psql does. The password never
 * comes from a file in clear: {@code PLAYGROUND_STORE_PASSWORD}, else the keychain (the app looks it up). A password
 * written into the address itself is accepted but never shown: {@link #display()} masks it.
 */
public record TeamStore(String url, String user, String password) {
    public static final String PREFIX = "jdbc:postgresql://";
    /** The environment variable read for the server's password. */
    public static final String PASSWORD_VARIABLE = "PLAYGROUND_STORE_PASSWORD";
    /** The environment variable naming the server's user when the address does not. */
    public static final String USER_VARIABLE = "PLAYGROUND_STORE_USER";
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&](password|sslpassword|sslkey)=)[^&]*");

    public TeamStore {
        if (!isServerAddress(url)) throw new IllegalArgumentException("not a PostgreSQL address");
        password = password == null ? "" : password;
    }

    public static boolean isServerAddress(String location) {
        return location != null && location.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }

    /**
     * The team store at {@code url}: the user from the address, else {@code PLAYGROUND_STORE_USER}, else {@code osUser};
     * the password from the address, else {@code PLAYGROUND_STORE_PASSWORD}, else {@code keychain} (may be empty).
     */
    public static TeamStore of(String url, Map<String, String> environment, String osUser, Optional<String> keychain) {
        String clean = url.strip();
        String user = parameter(clean, "user").orElseGet(() -> Optional.ofNullable(environment.get(USER_VARIABLE))
                .filter(v -> !v.isBlank()).orElse(osUser));
        String password = parameter(clean, "password").orElseGet(() -> Optional.ofNullable(environment.get(PASSWORD_VARIABLE))
                .filter(v -> !v.isEmpty()).orElseGet(() -> keychain.orElse("")));
        return new TeamStore(clean, user, password);
    }

    /** The address with any secret parameter masked: for messages, logs and the settings file. */
    public String display() {
        return mask(url);
    }

    /** {@code location} with any secret parameter of a server address masked. */
    public static String mask(String location) {
        return location == null ? "" : SECRET_PARAMETER.matcher(location).replaceAll("$1****");
    }

    /** The address without its secret parameters: what may be kept in the data folder as the store setting. */
    public String withoutSecrets() {
        String stripped = SECRET_PARAMETER.matcher(url).replaceAll("").replaceFirst("^([^?]*)&", "$1?");
        return stripped.endsWith("?") ? stripped.substring(0, stripped.length() - 1) : stripped;
    }

    /** The name the keychain keeps this store's password under: the address without secrets, plus the user. */
    public String keychainName() {
        return "team-store:" + user + "@" + withoutSecrets();
    }

    private static Optional<String> parameter(String url, String name) {
        int query = url.indexOf('?');
        if (query < 0) return Optional.empty();
        for (String pair : url.substring(query + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equalsIgnoreCase(name)) {
                return Optional.of(java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return "TeamStore[" + display() + ", user=" + user + "]";
    }
}
