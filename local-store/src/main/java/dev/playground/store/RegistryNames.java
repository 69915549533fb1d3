package dev.playground.store;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The rules for alias and tag names, checked before anything is written. */
public final class RegistryNames {
    public static final List<String> WELL_KNOWN_ALIASES = List.of("champion", "challenger", "production");

    private RegistryNames() {}

    /** Letters, digits, '_' and '-'; not a number (that would read as a version) and not "latest", which always means the newest. */
    public static String alias(String alias) {
        String value = alias == null ? "" : alias.strip();
        if (!value.matches("[A-Za-z0-9_\\-]{1,100}") || value.matches("\\d+") || value.equalsIgnoreCase("latest")) {
            throw new IllegalArgumentException("'" + alias + "' cannot be an alias: use letters, digits, '_' or '-' (up to 100),"
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
                throw new IllegalArgumentException("'" + tag + "' cannot be a tag: keep it under 100 characters, on one line, without commas.");
            }
            clean.add(value);
        }
        return List.copyOf(clean);
    }
}
