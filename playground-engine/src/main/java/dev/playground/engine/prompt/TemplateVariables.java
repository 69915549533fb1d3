package dev.playground.engine.prompt;

import dev.playground.engine.prompt.syntax.TemplateLexer;
import dev.playground.engine.prompt.syntax.TemplateToken;
import dev.playground.engine.prompt.syntax.TemplateToken.Kind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variables a template expects the user to fill in, as dotted paths ({@code user.name}).
 * Names bound inside the template (loop variables, {@code set}, macro parameters), filter and test
 * names, function calls and anything inside {@code {% raw %}} or comments are not inputs.
 * {@value #CONTEXT} is reserved: retrieval fills it with the retrieved documents.
 */
public final class TemplateVariables {
    public static final String CONTEXT = "context";

    private static final Pattern FOR = Pattern.compile("for\\s+([\\w\\s,]+?)\\s+in\\s+(.+)", Pattern.DOTALL);
    private static final Pattern SET = Pattern.compile("set\\s+([\\w\\s,]+?)\\s*(?:=\\s*(.+))?", Pattern.DOTALL);
    private static final Pattern MACRO = Pattern.compile("(?:macro|call)\\s+(\\w+)\\s*(?:\\((.*)\\))?", Pattern.DOTALL);
    private static final Pattern CONDITION = Pattern.compile("(?:if|elif)\\s+(.+)", Pattern.DOTALL);
    private static final Set<String> WORDS = Set.of("if", "elif", "else", "endif", "for", "endfor", "in", "not", "and",
            "or", "is", "true", "false", "none", "True", "False", "None", "loop", "defined", "undefined", "self", "caller",
            "varargs", "kwargs");

    private TemplateVariables() {}

    /** Input variables as dotted paths, in order of first appearance, across all messages. */
    public static List<String> of(PromptTemplate template) {
        return scan(template).inputs();
    }

    public static List<String> of(String templateText) {
        return of(PromptTemplate.of(PromptMessage.user(templateText)));
    }

    /** Variables the template loops over ({@code for x in NAME}): their values must be lists. */
    public static Set<String> loopSources(PromptTemplate template) {
        return scan(template).loopSources;
    }

    /** The inputs and loop sources of a template, from one pass over it (rendering needs both). */
    public record Inputs(List<String> paths, Set<String> loopSources) {}

    public static Inputs inputs(PromptTemplate template) {
        Scan scan = scan(template);
        return new Inputs(scan.inputs(), Set.copyOf(scan.loopSources));
    }

    /** True for {@code context} and paths below it: retrieval fills these, not the user. */
    public static boolean isReserved(String path) {
        return path.equals(CONTEXT) || path.startsWith(CONTEXT + ".");
    }

    /** Merges the scans of each message: a name bound in one message is not an input in any. */
    private static Scan scan(PromptTemplate template) {
        Scan merged = new Scan();
        for (PromptMessage message : template.messages()) {
            Scan one = RECENT.get(message.template(), TemplateVariables::scanMessage);
            merged.found.addAll(one.found);
            merged.bound.addAll(one.bound);
            merged.loopSources.addAll(one.loopSources);
        }
        return merged;
    }

    private static Scan scanMessage(String text) {
        Scan scan = new Scan();
        scan.message(text);
        return scan;
    }

    /**
     * Scans of recently seen message texts. The editor asks on every keystroke, when usually one
     * message changed; scans are never modified after they are made, so sharing them is safe.
     */
    private static final RecentResults<String, Scan> RECENT = new RecentResults<>(256);

    private static final class Scan {
        final Set<String> found = new LinkedHashSet<>();
        final Set<String> bound = new LinkedHashSet<>();
        final Set<String> loopSources = new LinkedHashSet<>();

        void message(String text) {
            for (TemplateToken token : TemplateLexer.tokenize(text)) {
                if (!token.closed()) continue;
                String inner = token.inner(text);
                if (token.kind() == Kind.EXPRESSION) expression(inner);
                else if (token.kind() == Kind.TAG) tag(inner);
            }
        }

        void tag(String inner) {
            Matcher forLoop = FOR.matcher(inner);
            Matcher set = SET.matcher(inner);
            Matcher macro = MACRO.matcher(inner);
            Matcher condition = CONDITION.matcher(inner);
            if (forLoop.matches()) {
                for (String name : forLoop.group(1).split(",")) bound.add(name.strip());
                String source = forLoop.group(2).split("\\s+if\\s+|\\|")[0].strip();
                List<String> paths = expression(forLoop.group(2));
                if (!paths.isEmpty() && paths.get(0).equals(source)) loopSources.add(source);
            } else if (set.matches()) {
                for (String name : set.group(1).split(",")) bound.add(name.strip());
                if (set.group(2) != null) expression(set.group(2));
            } else if (macro.matches()) {
                bound.add(macro.group(1));
                if (macro.group(2) != null) {
                    for (String parameter : macro.group(2).split(",")) bound.add(parameter.split("=")[0].strip());
                }
            } else if (condition.matches()) {
                expression(condition.group(1));
            }
        }

        /** Records the free variable paths of one expression and returns them in order. */
        List<String> expression(String expression) {
            List<String> paths = new ArrayList<>();
            int i = 0;
            int length = expression.length();
            while (i < length) {
                char c = expression.charAt(i);
                if (c == '\'' || c == '"') {
                    i = skipString(expression, i);
                } else if (Character.isJavaIdentifierStart(c) && (i == 0 || !isPathChar(expression.charAt(i - 1)))) {
                    int end = pathEnd(expression, i);
                    String path = expression.substring(i, end);
                    if (path.contains(".") && expression.substring(end).stripLeading().startsWith("(")) {
                        end = i + path.lastIndexOf('.');
                        path = expression.substring(i, end);
                    }
                    if (isInput(expression, i, end, path)) {
                        paths.add(path);
                        found.add(path);
                    }
                    i = pathEnd(expression, i);
                } else {
                    i++;
                }
            }
            return paths;
        }

        private boolean isInput(String expression, int start, int end, String path) {
            String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
            if (WORDS.contains(head) || !Character.isJavaIdentifierStart(head.charAt(0))) return false;
            String before = expression.substring(0, start).stripTrailing();
            if (before.endsWith("|") || before.endsWith(" is") || before.endsWith(" is not") || before.equals("is")) return false;
            String after = expression.substring(end).stripLeading();
            if (after.startsWith("(")) return false;
            return !(after.startsWith("=") && !after.startsWith("=="));
        }

        List<String> inputs() {
            List<String> inputs = new ArrayList<>();
            for (String path : found) {
                String head = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
                if (bound.contains(head)) continue;
                boolean coveredByParent = found.stream().anyMatch(other -> !other.equals(path) && path.startsWith(other + "."));
                if (!coveredByParent) inputs.add(path);
            }
            return inputs;
        }

        private static boolean isPathChar(char c) {
            return Character.isJavaIdentifierPart(c) || c == '.';
        }

        private static int pathEnd(String expression, int start) {
            int i = start;
            while (i < expression.length()) {
                char c = expression.charAt(i);
                if (Character.isJavaIdentifierPart(c)) i++;
                else if (c == '.' && i + 1 < expression.length() && Character.isJavaIdentifierStart(expression.charAt(i + 1))) i++;
                else break;
            }
            return i;
        }

        private static int skipString(String expression, int start) {
            char quote = expression.charAt(start);
            int i = start + 1;
            while (i < expression.length() && expression.charAt(i) != quote) i += expression.charAt(i) == '\\' ? 2 : 1;
            return i + 1;
        }
    }
}
