package dev.playground.engine.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits Markdown at ATX headings ("# Title") and keeps the heading path ("Guide > Setup") on each
 * section, so chunks never straddle two sections and citations can name the section.
 */
final class MarkdownExtractor {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~)");

    private MarkdownExtractor() {}

    static ParsedDocument extract(String markdown) {
        List<Section> sections = new ArrayList<>();
        String[] path = new String[6];
        StringBuilder body = new StringBuilder();
        String currentHeading = "";
        boolean inFence = false;
        for (String line : TextCleaner.tidy(markdown).split("\n", -1)) {
            if (FENCE.matcher(line).find()) inFence = !inFence;
            Matcher heading = inFence ? null : HEADING.matcher(line);
            if (heading != null && heading.matches()) {
                flush(sections, body, currentHeading);
                int level = heading.group(1).length();
                path[level - 1] = heading.group(2).strip();
                for (int i = level; i < path.length; i++) path[i] = null;
                currentHeading = joinPath(path);
                body.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        flush(sections, body, currentHeading);
        return new ParsedDocument(sections, List.of());
    }

    private static void flush(List<Section> sections, StringBuilder body, String heading) {
        String text = body.toString().strip();
        if (!text.isEmpty()) sections.add(new Section(text, 0, heading));
        body.setLength(0);
    }

    private static String joinPath(String[] path) {
        List<String> parts = new ArrayList<>();
        for (String part : path) if (part != null) parts.add(part);
        return String.join(" > ", parts);
    }
}
