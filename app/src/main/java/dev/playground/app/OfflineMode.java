package dev.playground.app;

import dev.playground.engine.model.Connection;
import dev.playground.engine.provider.NetworkPolicy;
import java.net.URI;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BooleanSupplier;

/**
 * The offline switch: the store setting {@code offline} ("true") or {@code --offline} on any command. While it is
 * on, model calls go only to in-process models and servers on loopback addresses, and nothing is downloaded.
 */
public final class OfflineMode implements NetworkPolicy {
    public static final String SETTING = "offline";

    private final BooleanSupplier on;
    /** The language the refusals are worded in; null: the system's (the command line's language). */
    private volatile Locale language;

    public OfflineMode(BooleanSupplier on) {
        this.on = on;
    }

    /**
     * Words the refusals in {@code locale} from now on: the window's chosen language (it follows a change of
     * language), or a command's {@code --lang}. Null goes back to the system's language.
     */
    public void speakIn(Locale locale) {
        this.language = locale;
    }

    /** The language the refusals are worded in now. */
    public Locale language() {
        Locale chosen = language;
        return chosen != null ? chosen : Locale.getDefault();
    }

    public boolean isOn() {
        return on.getAsBoolean();
    }

    @Override
    public Optional<String> refusal(Connection connection) {
        // Loopback first: in-process models and servers on this machine are allowed whatever the switch says, and
        // asking the store for the switch on each of an evaluation's calls cost more than a loopback call itself.
        if (connection.kind().inProcess()) return Optional.empty();
        String address = connection.kind().baseUrlOf(connection);
        if (NetworkPolicy.isLoopbackHost(host(address)) || !on.getAsBoolean()) return Optional.empty();
        return Optional.of(text("refused", connection.name(), address.isEmpty() ? connection.kind().displayName() : address));
    }

    /** As {@link #refusal}, worded for a document collection's embedding model (keyword search still works). */
    @Override
    public Optional<String> embeddingRefusal(Connection connection, String model) {
        if (refusal(connection).isEmpty()) return Optional.empty();
        String address = connection.kind().baseUrlOf(connection);
        return Optional.of(text("refusedEmbedding", connection.name(), address.isEmpty() ? connection.kind().displayName() : address, model));
    }

    /** The message for a download refused while offline; empty when downloads may go. */
    public Optional<String> downloadRefusal(String url) {
        if (!on.getAsBoolean()) return Optional.empty();
        URI uri = URI.create(url);
        return NetworkPolicy.isLoopbackHost(uri.getHost()) ? Optional.empty() : Optional.of(text("refusedDownload", url));
    }

    private static String host(String address) {
        try {
            return address.isEmpty() ? null : URI.create(address).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key, Object... args) {
        return text(language(), key, args);
    }

    static String text(Locale locale, String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle("dev.playground.app.offline", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
