package dev.playground.engine.bundle;

import dev.playground.engine.provider.Redaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Keeps keys and secrets out of bundles. Fields named like a credential are dropped unless they
 * only name where the secret lives (an {@code ${env:VAR}} reference or an environment variable
 * name); text shaped like a known key is dropped wherever it sits. Each drop is reported.
 */
public final class SecretFilter {
    private static final Pattern SECRET_NAME = Pattern.compile("(?i).*(api[_-]?key|secret|password|passwd|token|authorization|credential).*");
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{(env|ENV):[A-Za-z_][A-Za-z0-9_]*(:[^}]*)?}|[A-Z][A-Z0-9_]*");
    private static final Pattern NAME_OF_A_VARIABLE = Pattern.compile("(?i).*(env|variable|var)$");

    private SecretFilter() {}

    /** A copy of {@code tree} without secrets; {@code dropped} receives the dotted path of each removed field. */
    public static Map<String, Object> clean(Map<String, Object> tree, String path, List<String> dropped) {
        Map<String, Object> out = new LinkedHashMap<>();
        tree.forEach((key, value) -> {
            String where = path.isEmpty() ? key : path + "." + key;
            Object cleaned = cleanValue(key, value, where, dropped);
            if (cleaned != null || value == null) out.put(key, cleaned);
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object cleanValue(String key, Object value, String where, List<String> dropped) {
        if (value instanceof Map<?, ?> map) return clean((Map<String, Object>) map, where, dropped);
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                Object item = cleanValue(key, list.get(i), where + "[" + i + "]", dropped);
                if (item != null || list.get(i) == null) out.add(item);
            }
            return out;
        }
        if (value instanceof String text) {
            boolean secretField = SECRET_NAME.matcher(key).matches() && !NAME_OF_A_VARIABLE.matcher(key).matches()
                    && !text.isBlank() && !REFERENCE.matcher(text.strip()).matches();
            if (secretField || !Redaction.redactKnownShapes(text).equals(text)) {
                dropped.add(where);
                return null;
            }
        }
        return value;
    }

    public static boolean looksLikeSecret(String text) {
        return text != null && !Redaction.redactKnownShapes(text).equals(text);
    }
}
