package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A promptfoo {@code .json} prompt: a chat array, often written as a Nunjucks template (a {@code {% for %}} loop
 * emitting earlier turns, {@code {{ question | dump }}} as a value), so it is JSON only after rendering. The tags
 * outside JSON strings are read here: a loop becomes "messages made at run time" (reported), other tags are dropped,
 * a bare {@code {{ x }}} (or {@code {{ x | dump }}}) becomes the string {@code "{{ x }}"}. The fixed messages are
 * imported; the file's text is kept so an export writes it back unchanged. Tags inside strings stay in the messages.
 */
final class NunjucksChat {
    record Result(PromptTemplate template, boolean kept) {}

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final Pattern FOR = Pattern.compile("^\\{%-?\\s*for\\s+[\\w\\s,]+\\s+in\\s+([\\w.]+).*", Pattern.DOTALL);

    private NunjucksChat() {}

    static Result read(String text, String where, List<String> warnings) throws BundleFileException {
        JsonNode strict = parse(text);
        if (strict != null && strict.isArray()) return new Result(chat(strict, where), false);
        if (strict != null && strict.isObject() && strict.path("messages").isArray()) return new Result(chat(strict.get("messages"), where), false);
        if (strict != null && strict.isTextual()) return new Result(Messages.fromText(strict.asText()), false);
        Set<String> loops = new LinkedHashSet<>();
        JsonNode templated = parse(fixCommas(outsideStrings(text, loops)));
        if (templated != null && templated.isArray() && !templated.isEmpty()) {
            warnings.add(where + " is a Nunjucks template for a chat array: its fixed messages were imported"
                    + (loops.isEmpty() ? "" : "; the messages its loop over " + String.join(", ", loops) + " makes at run time have no"
                    + " counterpart here") + "; the file's text is kept with the version and written back on export");
            return new Result(chat(templated, where), true);
        }
        warnings.add(where + " is not a chat array (nor one after reading its Nunjucks tags); imported as one user message of text");
        return new Result(Messages.fromText(text), false);
    }

    private static PromptTemplate chat(JsonNode list, String where) throws BundleFileException {
        List<java.util.Map<String, Object>> skipped = new ArrayList<>();
        PromptTemplate template = Messages.fromChatList(list, where, skipped);
        if (!skipped.isEmpty()) throw new BundleFileException(where + ": " + skipped.size() + " chat entries have no role and text content.");
        return template;
    }

    private static JsonNode parse(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return null;
        }
    }

    /** The text with Nunjucks tags outside JSON strings read as described above. */
    static String outsideStrings(String text, Set<String> loops) {
        StringBuilder out = new StringBuilder();
        boolean inString = false;
        int skipping = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (inString) {
                if (skipping == 0) out.append(c);
                if (c == '\\' && i + 1 < text.length()) {
                    if (skipping == 0) out.append(text.charAt(i + 1));
                    i += 2;
                    continue;
                }
                if (c == '"') inString = false;
                i++;
                continue;
            }
            if (c == '{' && i + 1 < text.length() && "%{#".indexOf(text.charAt(i + 1)) >= 0) {
                char kind = text.charAt(i + 1);
                String close = kind == '%' ? "%}" : kind == '{' ? "}}" : "#}";
                int end = text.indexOf(close, i + 2);
                if (end < 0) end = text.length() - 2;
                String tag = text.substring(i, end + 2);
                i = end + 2;
                if (kind == '%') {
                    String body = tag.substring(2, tag.length() - 2).replace("-", " ").strip();
                    Matcher loop = FOR.matcher(tag);
                    if (loop.matches()) {
                        if (skipping == 0) loops.add(loop.group(1));
                        skipping++;
                    } else if (body.startsWith("endfor") && skipping > 0) {
                        skipping--;
                    }
                } else if (kind == '{' && skipping == 0) {
                    String expression = tag.substring(2, tag.length() - 2).replaceAll("\\|\\s*(dump|safe|tojson)\\s*$", "").strip();
                    out.append('"').append("{{ ").append(expression.replace("\"", "'")).append(" }}").append('"');
                }
                continue;
            }
            if (c == '"') inString = true;
            if (skipping == 0) out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String fixCommas(String text) {
        String fixed = text;
        String before;
        do {
            before = fixed;
            fixed = fixed.replaceAll(",(\\s*)([\\]}])", "$1$2").replaceAll(",(\\s*),", ",$1").replaceAll("\\[(\\s*),", "[$1");
        } while (!fixed.equals(before));
        return fixed;
    }
}
