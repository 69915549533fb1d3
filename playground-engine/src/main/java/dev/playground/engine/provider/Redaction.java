package dev.playground.engine.provider;

import java.util.regex.Pattern;

/** Masks secrets in text that may reach a person, a log or a file. */
public final class Redaction {
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9._\\-]{8,}");
    private static final Pattern KEY_LIKE = Pattern.compile("\\b(sk-[A-Za-z0-9_\\-]{8,}|dapi[a-f0-9]{16,})");

    private Redaction() {}

    public static String redact(String text, String secret) {
        if (text == null || secret == null || secret.length() < 4) return text;
        return text.replace(secret, mask(secret));
    }

    /** Masks well-known key shapes (OpenAI "sk-…", Databricks "dapi…", bearer tokens) wherever they appear. */
    public static String redactKnownShapes(String text) {
        if (text == null) return "";
        String withoutBearer = BEARER.matcher(text).replaceAll("$1***");
        return KEY_LIKE.matcher(withoutBearer).replaceAll("***");
    }

    public static String mask(String secret) {
        return secret.length() <= 8 ? "***" : secret.substring(0, 3) + "***";
    }
}
