package dev.playground.engine.context;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds citation markers like [2], [1, 3] or [1][4] in model output, keeping only numbers of chunks that were given. */
public final class Citations {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d{1,3}(?:\\s*,\\s*\\d{1,3})*)]");

    public record Citation(int start, int end, int number) {}

    private Citations() {}

    public static List<Citation> find(String output, int chunkCount) {
        List<Citation> found = new ArrayList<>();
        Matcher matcher = MARKER.matcher(output);
        while (matcher.find()) {
            int offset = matcher.start(1);
            for (String part : matcher.group(1).split(",")) {
                int lead = part.length() - part.stripLeading().length();
                String digits = part.strip();
                int number = Integer.parseInt(digits);
                int start = offset + lead;
                if (number >= 1 && number <= chunkCount) found.add(new Citation(start, start + digits.length(), number));
                offset += part.length() + 1;
            }
        }
        return found;
    }
}
