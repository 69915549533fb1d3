package dev.playground.engine.bundle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Handlebars (Dotprompt, Semantic Kernel's {@code handlebars} format) to our Jinja syntax and back, for the part both
 * share: variables ({@code {{name}}}, {@code {{{name}}}}), {@code #if}/{@code else}, {@code #unless}, {@code #each}
 * (with {@code this}, {@code @index}, {@code @first}, {@code @last}, {@code ../outer}) and comments. A helper we lack
 * ({@code {{media url=x}}}, {@code {{json x}}}, {@code #with}) is kept as literal text ({@code {% raw %}}) and reported
 * with its line, so the file still imports.
 */
final class HandlebarsTemplates {
    private static final Pattern TAG = Pattern.compile("\\{\\{\\{\\s*([^}]*?)\\s*}}}|\\{\\{!--([\\s\\S]*?)--}}|\\{\\{!([\\s\\S]*?)}}|\\{\\{(~?)\\s*([#/^]?)\\s*([^}]*?)\\s*(~?)}}");
    private static final Pattern PATH = Pattern.compile("(?:\\.\\./)*(?:@?[A-Za-z_][A-Za-z0-9_]*|this)(?:\\.[A-Za-z_][A-Za-z0-9_]*)*");
    private static final Pattern JINJA = Pattern.compile("\\{%\\s*raw\\s*%}([\\s\\S]*?)\\{%\\s*endraw\\s*%}|\\{#([\\s\\S]*?)#}|\\{%\\s*([^%]*?)\\s*%}|\\{\\{\\s*([^}]*?)\\s*}}");

    private HandlebarsTemplates() {}

    /** An open block; {@code item} names a loop's item, {@code literal} marks a helper kept as text. */
    private record Block(String helper, String item, boolean literal) {
        Block(String helper, String item) {
            this(helper, item, false);
        }
    }

    /** Handlebars to Jinja; {@code notes} gets a line per helper kept as literal text. */
    static String toJinja(String text, String where, List<String> notes) {
        StringBuilder out = new StringBuilder();
        Deque<Block> open = new ArrayDeque<>();
        Matcher tag = TAG.matcher(text);
        int last = 0;
        while (tag.find()) {
            out.append(text, last, tag.start());
            last = tag.end();
            if (tag.group(1) != null) {
                out.append(variable(tag.group(1), open, tag.group(), where, lineOf(text, tag.start()), notes));
                continue;
            }
            String comment = tag.group(2) != null ? tag.group(2) : tag.group(3);
            if (comment != null) {
                out.append("{#").append(comment.replace("#}", "# }")).append("#}");
                continue;
            }
            String sigil = tag.group(5);
            String body = tag.group(6).strip();
            String[] words = body.split("\\s+", 2);
            String helper = words[0];
            String argument = words.length > 1 ? words[1].strip() : "";
            int line = lineOf(text, tag.start());
            if (sigil.equals("#") && (helper.equals("if") || helper.equals("unless")) && PATH.matcher(argument).matches()) {
                open.push(new Block(helper, null));
                out.append(helper.equals("if") ? "{% if " : "{% if not ").append(path(argument, open)).append(" %}");
            } else if (sigil.equals("#") && helper.equals("each") && PATH.matcher(argument).matches()) {
                String list = path(argument, open);
                String item = list.substring(list.lastIndexOf('.') + 1) + "_item";
                open.push(new Block("each", item));
                out.append("{% for ").append(item).append(" in ").append(list).append(" %}");
            } else if (!open.isEmpty() && open.peek().literal() && (sigil.equals("/") && open.peek().helper().equals(helper) || body.equals("else"))) {
                if (sigil.equals("/")) open.pop();
                out.append("{% raw %}").append(tag.group()).append("{% endraw %}");
            } else if (sigil.equals("/") && !open.isEmpty() && open.peek().helper().equals(helper)) {
                out.append(open.pop().helper().equals("each") ? "{% endfor %}" : "{% endif %}");
            } else if (sigil.isEmpty() && body.equals("else") && !open.isEmpty() && !open.peek().helper().equals("each")) {
                out.append("{% else %}");
            } else if (sigil.isEmpty() && PATH.matcher(body).matches()) {
                out.append(open.stream().anyMatch(b -> b.item() != null) || body.startsWith("@") || body.startsWith("this")
                        ? "{{ " + path(body, open) + " }}" : tag.group());
            } else {
                notes.add(where + " line " + line + ": Handlebars " + (sigil.equals("#") ? "block helper '" + helper + "'" : "helper '" + tag.group() + "'")
                        + " has no counterpart here; imported as literal text");
                out.append("{% raw %}").append(tag.group()).append("{% endraw %}");
                if (sigil.equals("#")) open.push(new Block(helper, null, true));
            }
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static String variable(String body, Deque<Block> open, String tag, String where, int line, List<String> notes) {
        if (PATH.matcher(body).matches()) return "{{ " + path(body, open) + " }}";
        notes.add(where + " line " + line + ": Handlebars helper '" + tag + "' has no counterpart here; imported as literal text");
        return "{% raw %}" + tag + "{% endraw %}";
    }

    /** A Handlebars path in Jinja: inside #each a bare name is the item's field, {@code ../x} the outer x. */
    private static String path(String path, Deque<Block> open) {
        Block loop = open.stream().filter(b -> b.item() != null).findFirst().orElse(null);
        if (path.startsWith("../")) return path.replace("../", "");
        if (loop == null) return path;
        return switch (path) {
            case "this" -> loop.item();
            case "@index" -> "loop.index0";
            case "@first" -> "loop.first";
            case "@last" -> "loop.last";
            default -> path.startsWith("this.") ? loop.item() + path.substring(4) : loop.item() + "." + path;
        };
    }

    /** Jinja (as {@link #toJinja} writes it) back to Handlebars. */
    static String toHandlebars(String text) {
        StringBuilder out = new StringBuilder();
        Deque<Block> open = new ArrayDeque<>();
        Matcher tag = JINJA.matcher(text);
        int last = 0;
        while (tag.find()) {
            out.append(text, last, tag.start());
            last = tag.end();
            if (tag.group(1) != null) {
                out.append(tag.group(1));
            } else if (tag.group(2) != null) {
                out.append("{{!").append(tag.group(2)).append("}}");
            } else if (tag.group(3) != null) {
                String statement = tag.group(3);
                Matcher loop = Pattern.compile("for\\s+(\\w+)\\s+in\\s+([\\w.]+)").matcher(statement);
                if (loop.matches()) {
                    open.push(new Block("each", loop.group(1)));
                    out.append("{{#each ").append(outer(loop.group(2), open, 1)).append("}}");
                } else if (statement.startsWith("if not ")) {
                    open.push(new Block("unless", null));
                    out.append("{{#unless ").append(outer(statement.substring(7).strip(), open, 1)).append("}}");
                } else if (statement.startsWith("if ")) {
                    open.push(new Block("if", null));
                    out.append("{{#if ").append(outer(statement.substring(3).strip(), open, 1)).append("}}");
                } else if (statement.equals("else")) {
                    out.append("{{else}}");
                } else if ((statement.equals("endif") || statement.equals("endfor")) && !open.isEmpty()) {
                    out.append("{{/").append(open.pop().helper()).append("}}");
                } else {
                    out.append(tag.group());
                }
            } else if (open.stream().noneMatch(b -> b.item() != null)) {
                out.append(tag.group());
            } else {
                out.append("{{").append(inner(tag.group(4), open)).append("}}");
            }
        }
        out.append(text.substring(last));
        return out.toString();
    }

    private static String inner(String expression, Deque<Block> open) {
        Block loop = open.stream().filter(b -> b.item() != null).findFirst().orElseThrow();
        if (expression.equals(loop.item())) return "this";
        if (expression.startsWith(loop.item() + ".")) return expression.substring(loop.item().length() + 1);
        return switch (expression) {
            case "loop.index0" -> "@index";
            case "loop.first" -> "@first";
            case "loop.last" -> "@last";
            default -> outer(expression, open, 0);
        };
    }

    /** A name from outside every open loop, reached with one {@code ../} per loop. */
    private static String outer(String name, Deque<Block> open, int skip) {
        long loops = open.stream().skip(skip).filter(b -> b.item() != null).count();
        Block loop = open.stream().skip(skip).filter(b -> b.item() != null).findFirst().orElse(null);
        if (loop != null && (name.equals(loop.item()) || name.startsWith(loop.item() + "."))) {
            return name.equals(loop.item()) ? "this" : name.substring(loop.item().length() + 1);
        }
        return "../".repeat((int) loops) + name;
    }

    private static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
