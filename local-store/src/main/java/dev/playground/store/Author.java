package dev.playground.store;

/** Who saves: the operating-system user, as MLflow records {@code user_id}. */
public final class Author {
    private Author() {}

    public static String current() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "unknown" : user;
    }
}
