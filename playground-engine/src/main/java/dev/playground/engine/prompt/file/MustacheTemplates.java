package dev.playground.engine.prompt.file;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mustache templates (Prompty's {@code template: mustache}) rewritten in our Jinja syntax, so they render here as their
 * authors meant: comments {@code {{! … }}} become {@code {# … #}}, triple braces and {@code {{& x}}} plain variables,
 * a section over a list input a {@code for} loop (with {@code {{.}}} and the item's fields read from the item), any
 * other section an {@code if}, an inverted section {@code if not}. Partials and changed delimiters have no Jinja
 * counterpart: they are left as literal text and reported with their line.
 */
public final class MustacheTemplates {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\{\\s*([^}]*?)\\s*}}}|\\{\\{(!)([\\s\\S]*?)}}|\\{\\{\\s*([#^/&>=]?)\\s*([^}]*?)\\s*}}");

    private MustacheTemplates() {}

    private record Section(String name, boolean loop, String item) {}

    /** The Jinja text; {@code listInputs} are the inputs declared as lists; {@code notes} receives what stayed literal. */
    public static String toJinja(String text, Set<String> listInputs, List<String> notes) {
        return toJinja(text, listInputs, Set.of(), notes);
    }

    /**
     * The same, where a section over an input the file does not declare is still read as a loop when its body shows it
     * iterates:
     * it uses {@code {{.}}} (the current item), or it reads a name that is none of {@code knownInputs} (the file's
     * declared inputs and sample values; so an item's field), as {@code {{#items}}- {{name}}{{/items}}} does.
     */
    public static String toJinja(String text, Set<String> listInputs, Set<String> knownInputs, List<String> notes) {
        StringBuilder out = new StringBuilder();
        Deque<Section> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        int last = 0;
        while (tag.find()) {
            out.append(text, last, tag.start());
            last = tag.end();
            int line = lineOf(text, tag.start());
            if (tag.group(1) != null) {
                out.append("{{ ").append(name(tag.group(1), open)).append(" }}");
            } else if (tag.group(2) != null) {
                out.append("{#").append(tag.group(3).replace("#}", "# }")).append("#}");
            } else {
                String sigil = tag.group(4);
                String name = tag.group(5).strip();
                switch (sigil) {
                    case "#" -> {
                        boolean loop = listInputs.contains(name) || !knownInputs.contains(name) && iterates(text, tag.end(), name, knownInputs);
                        String item = itemName(name);
                        open.push(new Section(name, loop, item));
                        out.append(loop ? "{% for " + item + " in " + name + " %}" : "{% if " + name(name, open.size() > 1 ? tail(open) : new ArrayDeque<>()) + " %}");
                    }
                    case "^" -> {
                        open.push(new Section(name, false, null));
                        out.append("{% if not ").append(name).append(" %}");
                    }
                    case "/" -> {
                        Section section = open.isEmpty() ? null : open.pop();
                        if (section == null) {
                            notes.add("line " + line + ": Mustache closes section '" + name + "' that was never opened; kept as text");
                            out.append("{% raw %}").append(tag.group()).append("{% endraw %}");
                        } else {
                            out.append(section.loop() ? "{% endfor %}" : "{% endif %}");
                        }
                    }
                    case "&" -> out.append("{{ ").append(name(name, open)).append(" }}");
                    case ">", "=" -> {
                        notes.add("line " + line + ": Mustache " + (sigil.equals(">") ? "partial '" + name + "'" : "delimiter change")
                                + " has no counterpart here; imported as literal text");
                        out.append("{% raw %}").append(tag.group()).append("{% endraw %}");
                    }
                    default -> out.append("{{ ").append(name(name, open)).append(" }}");
                }
            }
        }
        out.append(text.substring(last));
        while (!open.isEmpty()) {
            Section section = open.pop();
            notes.add("Mustache section '" + section.name() + "' is never closed; closed at the end of the message");
            out.append(section.loop() ? "{% endfor %}" : "{% endif %}");
        }
        return out.toString();
    }

    /** Whether the body of section {@code name} (from {@code from} to its closing tag) reads an item: {@code .} or an unknown name. */
    private static boolean iterates(String text, int from, String name, Set<String> knownInputs) {
        Matcher inner = TAG.matcher(text);
        inner.region(from, text.length());
        int depth = 0;
        while (inner.find()) {
            if (inner.group(1) != null || inner.group(2) != null) {
                String read = inner.group(1) == null ? null : inner.group(1).strip();
                if (read != null && depth == 0 && readsItem(read, name, knownInputs)) return true;
                continue;
            }
            String sigil = inner.group(4);
            String tagName = inner.group(5).strip();
            if (sigil.equals("#") || sigil.equals("^")) {
                depth++;
            } else if (sigil.equals("/")) {
                if (depth == 0) return false;
                depth--;
            } else if ((sigil.isEmpty() || sigil.equals("&")) && depth == 0 && readsItem(tagName, name, knownInputs)) {
                return true;
            }
        }
        return false;
    }

    private static boolean readsItem(String read, String section, Set<String> knownInputs) {
        if (read.equals(".")) return true;
        String head = read.contains(".") ? read.substring(0, read.indexOf('.')) : read;
        return !knownInputs.isEmpty() && !knownInputs.contains(head) && !head.equals(section);
    }

    private static Deque<Section> tail(Deque<Section> open) {
        Deque<Section> rest = new ArrayDeque<>(open);
        rest.pop();
        return rest;
    }

    /** Inside a loop, {@code .} is the item and a bare field is the item's field. */
    private static String name(String name, Deque<Section> open) {
        Section loop = open.stream().filter(Section::loop).findFirst().orElse(null);
        if (loop == null) return name.equals(".") ? "this" : name;
        if (name.equals(".")) return loop.item();
        return name.contains(".") ? name : loop.item() + "." + name;
    }

    private static String itemName(String list) {
        String base = list.contains(".") ? list.substring(list.lastIndexOf('.') + 1) : list;
        return base + "_item";
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
