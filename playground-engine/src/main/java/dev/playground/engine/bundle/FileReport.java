package dev.playground.engine.bundle;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What reading one file found: the prompts it holds, warnings (kept or skipped fields), why it was refused, or
 * why it was left out (a copy in another format of a prompt the bundle itself holds).
 */
public record FileReport(String path, String format, Status status, List<String> messages) {
    public enum Status { READ, SKIPPED, REFUSED }

    /**
     * What a note on a read file says happened to part of it: kept as it was (with the version, written back on export),
     * approximated (read into a near counterpart: rewritten, made literal text, filled in), dropped (not imported), or
     * only informative. The readers word their notes with these verbs, so the report can sort them.
     */
    public enum NoteKind { KEPT, APPROXIMATED, DROPPED, INFO }

    private static final Pattern DROPPED = Pattern.compile("not imported|left out|dropped");
    private static final Pattern APPROXIMATED = Pattern.compile("read as|rewritten|literal text|written into|was included|sent as text"
            + "|imported as one|closed at the end|starts as|without settings|inline|writes its text in place"
            + "|no place|first as the expected|only the last user");
    private static final Pattern KEPT = Pattern.compile("kept|written back");

    public FileReport {
        messages = List.copyOf(messages);
    }

    public static FileReport read(String path, String format, List<String> warnings) {
        return new FileReport(path, format, Status.READ, warnings);
    }

    public static FileReport refused(String path, String format, String reason) {
        return new FileReport(path, format, Status.REFUSED, List.of(reason));
    }

    public static FileReport skipped(String path, String format, String reason) {
        return new FileReport(path, format, Status.SKIPPED, List.of(reason));
    }

    public static NoteKind kindOf(String message) {
        String text = message.toLowerCase(Locale.ROOT);
        if (DROPPED.matcher(text).find()) return NoteKind.DROPPED;
        if (APPROXIMATED.matcher(text).find()) return NoteKind.APPROXIMATED;
        if (KEPT.matcher(text).find()) return NoteKind.KEPT;
        return NoteKind.INFO;
    }

    /** The notes of a read file sorted by what happened, in their order within each kind. */
    public Map<NoteKind, List<String>> notesByKind() {
        Map<NoteKind, List<String>> out = new EnumMap<>(NoteKind.class);
        if (status != Status.READ) return out;
        for (String message : messages) out.computeIfAbsent(kindOf(message), k -> new java.util.ArrayList<>()).add(message);
        return out;
    }

    public boolean refused() {
        return status == Status.REFUSED;
    }
}
