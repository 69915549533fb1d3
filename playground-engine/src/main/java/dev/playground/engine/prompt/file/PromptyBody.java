package dev.playground.engine.prompt.file;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body of a {@code .prompty} file: text split into messages at role markers. Every marker form Prompty and
 * promptflow write is read: {@code user:}, {@code # user:} (promptflow), {@code system[name="Ada"]:} (a named
 * speaker); a line {@code ![thread]} (or {@code {{name}}} alone on a line for an input of kind thread) marks where
 * a conversation is inserted. Names and thread positions have no field in a message here, so they come back as
 * {@link #names()} and {@link #threads()} for the caller to keep, and {@link #write} puts them back.
 */
public record PromptyBody(List<PromptMessage> messages, Map<Integer, String> names, List<Thread> threads) {
    /** A conversation inserted before message {@code index} (0-based; the message count means at the end). */
    public record Thread(int index, String name) {}

    private static final Pattern MARKER = Pattern.compile(
            "^[ \\t]*(?:#[ \\t]*)?(system|user|assistant|developer|human|ai)[ \\t]*(?:\\[([^\\]]*)])?[ \\t]*:[ \\t]*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("name\\s*=\\s*\"?([^\",\\]]*)\"?");
    private static final Pattern THREAD = Pattern.compile("^[ \\t]*!\\[thread]\\s*$");
    private static final Pattern LONE_VARIABLE = Pattern.compile("^[ \\t]*\\{\\{\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*}}[ \\t]*$");

    public PromptyBody {
        messages = List.copyOf(messages);
        names = Map.copyOf(names);
        threads = List.copyOf(threads);
    }

    /** Splits at markers; text before the first marker (or with none) is the system message. */
    public static PromptyBody parse(String body, int firstLine, List<String> threadInputs) throws PromptFileException {
        List<PromptMessage> messages = new ArrayList<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        List<Thread> threads = new ArrayList<>();
        Role role = Role.SYSTEM;
        String name = null;
        StringBuilder current = new StringBuilder();
        boolean sawMarker = false;
        for (String line : body.split("\n", -1)) {
            Matcher marker = MARKER.matcher(line);
            Matcher lone = LONE_VARIABLE.matcher(line);
            boolean thread = THREAD.matcher(line).matches() || lone.matches() && threadInputs.contains(lone.group(1));
            if (marker.matches() || thread) {
                if (sawMarker || !current.toString().isBlank()) {
                    if (name != null) names.put(messages.size(), name);
                    messages.add(new PromptMessage(role, trimBlankLines(current)));
                }
                current.setLength(0);
                name = null;
                if (thread) {
                    // Text after a thread goes on in the same role, as a new message.
                    threads.add(new Thread(messages.size(), lone.matches() ? lone.group(1) : "thread"));
                    sawMarker = false;
                    continue;
                }
                role = Role.parse(marker.group(1).toLowerCase(Locale.ROOT));
                name = nameOf(marker.group(2));
                sawMarker = true;
            } else {
                current.append(line).append('\n');
            }
        }
        if (sawMarker || !current.toString().isBlank()) {
            if (name != null) names.put(messages.size(), name);
            messages.add(new PromptMessage(role, trimBlankLines(current)));
        }
        if (messages.isEmpty()) {
            throw new PromptFileException("The .prompty file has no prompt text after its front matter. Add for example\n"
                    + "system:\nYou are helpful.\n\nuser:\n{{question}}", firstLine);
        }
        return new PromptyBody(messages, names, threads);
    }

    private static String nameOf(String attributes) {
        if (attributes == null) return null;
        Matcher name = NAME.matcher(attributes);
        return name.find() ? name.group(1).strip() : null;
    }

    static String trimBlankLines(CharSequence text) {
        String value = text.toString();
        int start = 0;
        while (true) {
            int newline = value.indexOf('\n', start);
            if (newline < 0 || !value.substring(start, newline).isBlank()) break;
            start = newline + 1;
        }
        value = value.substring(start);
        return value.replaceAll("(?:[ \\t]*\\n)+$", "");
    }

    /** The body text: role markers (with names), messages, and thread markers where they were. */
    public String write() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i <= messages.size(); i++) {
            for (Thread thread : threads) {
                if (thread.index() == i) {
                    if (!out.isEmpty()) out.append('\n');
                    out.append(thread.name().equals("thread") ? "![thread]" : "{{" + thread.name() + "}}").append('\n');
                }
            }
            if (i == messages.size()) break;
            PromptMessage message = messages.get(i);
            if (!out.isEmpty()) out.append('\n');
            out.append(message.role().wireName());
            if (names.containsKey(i)) out.append("[name=\"").append(names.get(i)).append("\"]");
            out.append(":\n").append(message.template());
            if (!message.template().endsWith("\n")) out.append('\n');
        }
        return out.toString();
    }
}
