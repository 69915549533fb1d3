package dev.playground.engine.prompt.syntax;

import dev.playground.engine.prompt.syntax.TemplateProblem.Kind;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds syntax problems in a template before the engine sees it, each with the exact position and
 * a fix in plain words. Jinjava's own errors are vaguer ("Unclosed token") and point at the wrong
 * place for a missing {@code endif}; this checker is why the editor can underline the right spot.
 */
public final class TemplateChecker {
    private static final Pattern TAG_NAME = Pattern.compile("^([A-Za-z_]\\w*)");
    private static final Pattern FOR_SHAPE = Pattern.compile("for\\s+[A-Za-z_]\\w*(\\s*,\\s*[A-Za-z_]\\w*)*\\s+in\\s+\\S.*", Pattern.DOTALL);
    private static final Pattern SET_SHAPE = Pattern.compile("set\\s+[A-Za-z_][\\w.]*(\\s*,\\s*[A-Za-z_]\\w*)*\\s*(=\\s*\\S.*)?", Pattern.DOTALL);
    /** Block tags and the tags allowed between their open and close. */
    private static final Map<String, Set<String>> BLOCKS = Map.of(
            "if", Set.of("elif", "else"),
            "for", Set.of("else"),
            "macro", Set.of(),
            "call", Set.of(),
            "filter", Set.of(),
            "set", Set.of(),
            "raw", Set.of());
    private static final Set<String> SINGLE = Set.of("do", "break", "continue");
    private static final Set<String> FILE_TAGS = Set.of("include", "import", "from", "extends", "block", "endblock");
    private static final String KNOWN_TAGS = "if, elif, else, for, set, raw, macro, call, filter";

    /**
     * Deepest nesting of blocks, and of brackets inside one tag or expression. The template engine parses nesting by
     * recursion, so thousands of levels would overflow its stack; a readable prompt never comes near this.
     */
    public static final int MAX_DEPTH = 64;

    private TemplateChecker() {}

    /** Problems in order of position; empty when the template is well formed. */
    public static List<TemplateProblem> check(CharSequence text) {
        return check(text, TemplateLexer.tokenize(text));
    }

    public static List<TemplateProblem> check(CharSequence text, List<TemplateToken> tokens) {
        List<TemplateProblem> problems = new ArrayList<>();
        Deque<OpenBlock> open = new ArrayDeque<>();
        for (TemplateToken token : tokens) {
            if (token.kind() == TemplateToken.Kind.TEXT || token.kind() == TemplateToken.Kind.RAW_TEXT) continue;
            if (!token.closed()) {
                problems.add(unclosed(text, token));
                continue;
            }
            if (token.kind() == TemplateToken.Kind.EXPRESSION) checkExpression(text, token, problems);
            if (token.kind() == TemplateToken.Kind.TAG) checkTag(text, token, open, problems);
            if (open.size() > MAX_DEPTH) {
                // Stop here: the rest of a runaway template is not worth reading, and the first problem is what counts.
                return List.of(TemplateProblem.at(text, token.start(), token.length(), Kind.TOO_DEEP, String.valueOf(MAX_DEPTH)));
            }
        }
        for (OpenBlock block : open) {
            problems.add(TemplateProblem.at(text, block.token.start(), block.token.length(), Kind.UNCLOSED_BLOCK, block.name));
        }
        problems.sort(Comparator.comparingInt(TemplateProblem::offset));
        return problems;
    }

    private static TemplateProblem unclosed(CharSequence text, TemplateToken token) {
        return switch (token.kind()) {
            case EXPRESSION -> TemplateProblem.at(text, token.start(), 2, Kind.UNCLOSED_EXPRESSION);
            case TAG -> TemplateProblem.at(text, token.start(), 2, Kind.UNCLOSED_TAG);
            default -> TemplateProblem.at(text, token.start(), 2, Kind.UNCLOSED_COMMENT);
        };
    }

    private static void checkExpression(CharSequence text, TemplateToken token, List<TemplateProblem> problems) {
        String inner = token.inner(text);
        if (inner.isEmpty()) {
            problems.add(TemplateProblem.at(text, token.start(), token.length(), Kind.EMPTY_EXPRESSION));
            return;
        }
        checkBalance(text, token, problems);
    }

    private static void checkTag(CharSequence text, TemplateToken token, Deque<OpenBlock> open, List<TemplateProblem> problems) {
        String inner = token.inner(text);
        Matcher nameMatcher = TAG_NAME.matcher(inner);
        if (!nameMatcher.find()) {
            problems.add(inner.isEmpty() ? TemplateProblem.at(text, token.start(), token.length(), Kind.EMPTY_TAG)
                    : TemplateProblem.at(text, token.start(), token.length(), Kind.UNREADABLE_TAG, inner));
            return;
        }
        String name = nameMatcher.group(1);
        checkBalance(text, token, problems);
        if (FILE_TAGS.contains(name)) {
            problems.add(TemplateProblem.at(text, token.start(), token.length(), Kind.FILE_TAG, name));
        } else if (BLOCKS.containsKey(name) && !(name.equals("set") && inner.contains("="))) {
            checkOpenerShape(text, token, name, inner, problems);
            open.push(new OpenBlock(name, token));
        } else if (name.startsWith("end") && BLOCKS.containsKey(name.substring(3))) {
            close(text, token, name.substring(3), open, problems);
        } else if (isMiddle(name)) {
            checkMiddle(text, token, name, inner, open, problems);
        } else if (name.equals("set")) {
            checkOpenerShape(text, token, name, inner, problems);
        } else if (!SINGLE.contains(name)) {
            problems.add(TemplateProblem.at(text, token.start(), token.length(), Kind.UNKNOWN_TAG, name, KNOWN_TAGS));
        }
    }

    private static void checkOpenerShape(CharSequence text, TemplateToken token, String name, String inner, List<TemplateProblem> problems) {
        String rest = inner.substring(name.length()).strip();
        TemplateProblem problem = switch (name) {
            case "if" -> rest.isEmpty() ? TemplateProblem.at(text, token.start(), token.length(), Kind.IF_WITHOUT_CONDITION) : null;
            case "for" -> FOR_SHAPE.matcher(inner).matches() ? null : TemplateProblem.at(text, token.start(), token.length(), Kind.BAD_FOR, inner);
            case "set" -> SET_SHAPE.matcher(inner).matches() ? null : TemplateProblem.at(text, token.start(), token.length(), Kind.BAD_SET, inner);
            case "macro", "call", "filter" -> rest.isEmpty() ? TemplateProblem.at(text, token.start(), token.length(), Kind.NEEDS_NAME, name) : null;
            default -> null;
        };
        if (problem != null) problems.add(problem);
    }

    private static boolean isMiddle(String name) {
        return name.equals("elif") || name.equals("else");
    }

    private static void checkMiddle(CharSequence text, TemplateToken token, String name, String inner, Deque<OpenBlock> open,
                                    List<TemplateProblem> problems) {
        OpenBlock top = open.peek();
        if (top == null || !BLOCKS.get(top.name).contains(name)) {
            problems.add(TemplateProblem.at(text, token.start(), token.length(), name.equals("elif") ? Kind.ELIF_OUTSIDE : Kind.ELSE_OUTSIDE));
        } else if (name.equals("elif") && inner.substring(4).isBlank()) {
            problems.add(TemplateProblem.at(text, token.start(), token.length(), Kind.ELIF_WITHOUT_CONDITION));
        }
    }

    private static void close(CharSequence text, TemplateToken token, String name, Deque<OpenBlock> open, List<TemplateProblem> problems) {
        boolean matches = open.stream().anyMatch(block -> block.name.equals(name));
        if (!matches) {
            problems.add(TemplateProblem.at(text, token.start(), token.length(), Kind.STRAY_END, name));
            return;
        }
        while (!open.peek().name.equals(name)) {
            OpenBlock inner = open.pop();
            problems.add(TemplateProblem.at(text, inner.token.start(), inner.token.length(), Kind.UNCLOSED_BLOCK_BEFORE, inner.name, name,
                    String.valueOf(TextPosition.of(text, token.start()).line())));
        }
        open.pop();
    }

    /** Unclosed quotes and unbalanced brackets inside {@code {{ }}} or {@code {% %}}. */
    private static void checkBalance(CharSequence text, TemplateToken token, List<TemplateProblem> problems) {
        Deque<Integer> brackets = new ArrayDeque<>();
        char quote = 0;
        int quoteAt = -1;
        for (int i = token.innerStart(); i < token.innerEnd(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') i++;
                else if (c == quote) quote = 0;
                continue;
            }
            switch (c) {
                case '\'', '"' -> {
                    quote = c;
                    quoteAt = i;
                }
                case '(', '[', '{' -> {
                    brackets.push(i);
                    if (brackets.size() > MAX_DEPTH) {
                        problems.add(TemplateProblem.at(text, i, 1, Kind.TOO_DEEP, String.valueOf(MAX_DEPTH)));
                        return;
                    }
                }
                case ')', ']', '}' -> {
                    if (brackets.isEmpty() || !pairs(text.charAt(brackets.peek()), c)) {
                        problems.add(TemplateProblem.at(text, i, 1, Kind.UNEXPECTED_BRACKET, String.valueOf(c)));
                        return;
                    }
                    brackets.pop();
                }
                default -> { }
            }
        }
        if (quote != 0) {
            problems.add(TemplateProblem.at(text, quoteAt, 1, Kind.UNCLOSED_QUOTE, String.valueOf(quote)));
        } else if (!brackets.isEmpty()) {
            int at = brackets.peek();
            char opener = text.charAt(at);
            problems.add(TemplateProblem.at(text, at, 1, Kind.UNCLOSED_BRACKET, String.valueOf(opener), String.valueOf(closing(opener))));
        }
    }

    private static boolean pairs(char open, char close) {
        return closing(open) == close;
    }

    private static char closing(char open) {
        return switch (open) {
            case '(' -> ')';
            case '[' -> ']';
            default -> '}';
        };
    }

    private record OpenBlock(String name, TemplateToken token) {}
}
