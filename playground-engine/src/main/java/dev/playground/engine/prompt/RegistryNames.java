package dev.playground.engine.prompt;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The one set of rules for prompt, alias and tag names, used by every way in: {@code prompt save}, the window's save,
 * import and aliases. A prompt name becomes a file name in an export ({@code prompts/NAME.prompt.yaml}), so it must
 * be one on every system and must not hide itself: no leading '.', no separators or control characters.
 */
public final class RegistryNames {
    public static final List<String> WELL_KNOWN_ALIASES = List.of("champion", "challenger", "production");
    /** In UTF-8 bytes, so the exported file name stays under the 255-byte limit of common file systems. */
    public static final int MAX_NAME_BYTES = 200;
    private static final String RULE = "use letters (any language), digits, '_', '.' or '-', not starting with '.', up to "
            + MAX_NAME_BYTES + " bytes (200 Latin letters, fewer in other scripts); no spaces, slashes or control characters";

    private RegistryNames() {}

    /** The name unchanged, or an IllegalArgumentException that says what is wrong and what is allowed. */
    public static String prompt(String name) {
        Optional<String> problem = promptProblem(name);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
        return name;
    }

    public static boolean validPrompt(String name) {
        return promptProblem(name).isEmpty();
    }

    /** Why {@code name} cannot name a prompt, in words for the user; empty when it can. */
    public static Optional<String> promptProblem(String name) {
        return nameProblem("prompt", name);
    }

    /** The dataset name unchanged, or an IllegalArgumentException: the same rule as prompts (a dataset exports to a file too). */
    public static String dataset(String name) {
        Optional<String> problem = nameProblem("dataset", name);
        if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
        return name;
    }

    private static Optional<String> nameProblem(String what, String name) {
        if (name == null || name.isEmpty()) return Optional.of("A " + what + " needs a name: " + RULE + ".");
        String why = null;
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) why = "it is too long";
        else if (name.startsWith(".")) why = "it starts with '.' (a hidden or special file name)";
        else if (name.codePoints().anyMatch(c -> !allowed(c))) why = "it holds " + describe(name.codePoints().filter(c -> !allowed(c)).findFirst().getAsInt());
        else if (reservedOnWindows(name)) why = "Windows reserves it for a device";
        return why == null ? Optional.empty() : Optional.of(shown(name) + " cannot be a " + what + " name: " + why + ". " + capitalised(RULE) + ".");
    }

    /** Letters, digits, '_' and '-'; not a number (that would read as a version) and not "latest", which always means the newest. */
    public static String alias(String alias) {
        String value = alias == null ? "" : alias.strip();
        if (!value.matches("[A-Za-z0-9_\\-]{1,100}") || value.matches("\\d+") || value.equalsIgnoreCase("latest")) {
            throw new IllegalArgumentException(shown(alias) + " cannot be an alias: use letters, digits, '_' or '-' (up to 100),"
                    + " not a plain number and not 'latest'. For example: champion, challenger, production.");
        }
        return value;
    }

    /** Trimmed, 1 to 100 characters, no line breaks or commas; sorted and without repeats. */
    public static List<String> tags(Collection<String> tags) {
        TreeSet<String> clean = new TreeSet<>();
        for (String tag : tags == null ? List.<String>of() : tags) {
            String value = tag == null ? "" : tag.strip();
            if (value.isEmpty()) continue;
            if (value.length() > 100 || value.chars().anyMatch(c -> c == ',' || Character.isISOControl(c))) {
                throw new IllegalArgumentException(shown(tag) + " cannot be a tag: keep it under 100 characters, on one line, without commas.");
            }
            clean.add(value);
        }
        return List.copyOf(clean);
    }

    /** A valid prompt name made from free text (a file name, a label): other characters become '-'. */
    public static String fromText(String text) {
        String cleaned = (text == null ? "" : text).strip().replaceAll("[^\\p{L}\\p{M}\\p{Nd}_.\\-]+", "-").replaceAll("^[-.]+|-+$", "");
        while (cleaned.getBytes(StandardCharsets.UTF_8).length > MAX_NAME_BYTES) cleaned = cleaned.substring(0, cleaned.offsetByCodePoints(0, cleaned.codePointCount(0, cleaned.length()) - 1));
        return cleaned.isEmpty() || reservedOnWindows(cleaned) ? "prompt" + (cleaned.isEmpty() ? "" : "-" + cleaned) : cleaned;
    }

    private static boolean allowed(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK || c == '_' || c == '.' || c == '-';
    }

    private static boolean reservedOnWindows(String name) {
        String stem = name.toUpperCase(Locale.ROOT);
        int dot = stem.indexOf('.');
        if (dot >= 0) stem = stem.substring(0, dot);
        return stem.matches("CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9]");
    }

    private static String describe(int c) {
        if (c == '/' || c == '\\') return "a path separator '" + Character.toString(c) + "'";
        if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) return String.format(Locale.ROOT, "a control character (U+%04X)", c);
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) return "a space";
        return "'" + Character.toString(c) + "'";
    }

    /** The name as the message shows it: quoted, control characters escaped, an absurd length cut short. */
    private static String shown(String name) {
        if (name == null) return "(no name)";
        StringBuilder out = new StringBuilder("'");
        name.codePoints().limit(60).forEach(c -> out.append(Character.isISOControl(c) ? String.format(Locale.ROOT, "\\u%04X", c) : Character.toString(c)));
        if (name.codePointCount(0, name.length()) > 60) out.append("…");
        return out.append("'").toString();
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
