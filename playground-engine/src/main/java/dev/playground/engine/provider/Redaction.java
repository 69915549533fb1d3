package dev.playground.engine.provider;

import java.util.regex.Pattern;

/** Masks secrets in text that may reach a person, a log or a file. */
public final class Redaction {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._\\-]{8,}");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk-[A-Za-z0-9_\\-]{8,}|dapi[a-f0-9]{16,})");
    /** The password of {@code scheme://user:password@host}. */
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)\\b([a-z][a-z0-9+.\\-]*://[^/\\s:@?#]*:)[^/\\s@?#]+@");
    /** Query parameters that carry credentials: {@code ?key=…}, {@code api_key=}, {@code token=}, {@code sig=}… */
    private static final Pattern URL_SECRET_PARAM = Pattern.compile(
            "(?i)([?&;](?:key|api[_\\-]?key|apikey|x-api-key|token|access[_\\-]?token|auth|authorization|secret|client[_\\-]?secret|password|pwd|sig|signature|code)=)[^&#\\s\"'<>]+");

    private Redaction() {}

    public static String redact(String text, String secret) {
        if (text == null || secret == null || secret.length() < 4) return text;
        return text.replace(secret, mask(secret));
    }

    /**
     * Masks well-known key shapes (OpenAI "sk-…", Databricks "dapi…", bearer tokens) and credentials inside URLs
     * wherever they appear.
     */
    public static String redactKnownShapes(String text) {
        if (text == null) return "";
        String withoutBearer = BEARER.matcher(url(text)).replaceAll("$1***");
        return KEY_LIKE.matcher(withoutBearer).replaceAll("***");
    }

    /**
     * A URL (or text holding URLs) as it may be shown or logged: the password of {@code user:password@} and the
     * values of credential parameters ({@code ?key=}, {@code api_key=}, {@code token=}…) become ***. The one function
     * for every place a base URL is shown: connection lists, errors, the run log, logs.
     */
    public static String url(String text) {
        if (text == null) return "";
        String withoutPassword = URL_PASSWORD.matcher(text).replaceAll("$1***@");
        return URL_SECRET_PARAM.matcher(withoutPassword).replaceAll("$1***");
    }

    public static String mask(String secret) {
        return secret.length() <= 8 ? "***" : secret.substring(0, 3) + "***";
    }
}
