package dev.playground.ui.common;

import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ProviderKind;

/**
 * A connection's name in the window's language. Names the app gave (the dry run, a first-launch
 * connection still called after its provider, such as "OpenAI-compatible server") are shown
 * translated; a name the user typed is shown as typed.
 */
public final class ConnectionNames {
    private ConnectionNames() {}

    public static String shown(Connection connection, I18n i18n) {
        if (connection == null) return "";
        if (i18n == null) return connection.name();
        if (connection.kind() == ProviderKind.DRY_RUN || connection.name().equals(connection.kind().displayName())) {
            return i18n.text("connections.name." + connection.kind().cliName());
        }
        return connection.name();
    }

    /** The connection as the window shows it: the same one, under its shown name. */
    public static Connection named(Connection connection, I18n i18n) {
        String name = shown(connection, i18n);
        return name.equals(connection.name()) ? connection
                : new Connection(connection.id(), name, connection.kind(), connection.baseUrl(), connection.apiKeyEnv(), connection.defaultModel());
    }
}
