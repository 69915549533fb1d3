package dev.playground.engine.prompt;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the variables a template expects the user to fill in. Names bound inside the template
 * itself (loop variables, {@code set}) are not inputs and are left out. Dotted paths count by
 * their first segment, since that is what the user provides.
 */
public final class TemplateVariables {
    private static final Pattern EXPRESSION = Pattern.compile("\\{\\{-?\\s*(.*?)\\s*-?}}", Pattern.DOTALL);
    private static final Pattern STATEMENT = Pattern.compile("\\{%-?\\s*(.*?)\\s*-?%}", Pattern.DOTALL);
    private static final Pattern FOR = Pattern.compile("for\\s+([\\w\\s,]+?)\\s+in\\s+(.+)");
    private static final Pattern SET = Pattern.compile("set\\s+(\\w+)\\s*=\\s*(.+)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w.'\"])([A-Za-z_][\\w]*)(?![\\w'\"(])");
    private static final Pattern STRING_LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
    private static final Set<String> RESERVED = Set.of("if", "elif", "else", "endif", "for", "endfor", "in", "not", "and",
            "or", "is", "true", "false", "none", "True", "False", "None", "set", "endset", "loop", "raw", "endraw",
            "defined", "undefined", "macro", "endmacro", "call", "filter", "endfilter");

    private TemplateVariables() {}

    /** Input variables, in order of first appearance, across all messages. */
    public static List<String> of(PromptTemplate template) {
        Set<String> found = new LinkedHashSet<>();
        Set<String> bound = new LinkedHashSet<>();
        for (PromptMessage message : template.messages()) {
            collect(message.template(), found, bound);
        }
        found.removeAll(bound);
        return List.copyOf(found);
    }

    public static List<String> of(String templateText) {
        return of(PromptTemplate.of(PromptMessage.user(templateText)));
    }

    private static void collect(String text, Set<String> found, Set<String> bound) {
        Matcher statements = STATEMENT.matcher(text);
        while (statements.find()) {
            String body = statements.group(1);
            Matcher forLoop = FOR.matcher(body);
            Matcher set = SET.matcher(body);
            if (forLoop.matches()) {
                for (String name : forLoop.group(1).split(",")) bound.add(name.trim());
                identifiers(forLoop.group(2), found);
            } else if (set.matches()) {
                bound.add(set.group(1));
                identifiers(set.group(2), found);
            } else if (body.startsWith("if ") || body.startsWith("elif ")) {
                identifiers(body.substring(body.indexOf(' ') + 1), found);
            }
        }
        Matcher expressions = EXPRESSION.matcher(text);
        while (expressions.find()) {
            String expression = expressions.group(1);
            int pipe = expression.indexOf('|');
            identifiers(pipe >= 0 ? expression.substring(0, pipe) : expression, found);
        }
    }

    private static void identifiers(String expression, Set<String> found) {
        Matcher identifiers = IDENTIFIER.matcher(STRING_LITERAL.matcher(expression).replaceAll("''"));
        while (identifiers.find()) {
            String name = identifiers.group(1);
            if (!RESERVED.contains(name) && !Character.isDigit(name.charAt(0))) found.add(name);
        }
    }
}
