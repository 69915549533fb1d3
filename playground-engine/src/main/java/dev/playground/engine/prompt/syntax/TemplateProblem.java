package dev.playground.engine.prompt.syntax;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;

/**
 * Something wrong with a template, said the way a person would. {@link #kind} and {@link #args}
 * say what it is, so a user interface can word it in its own language (key
 * {@code template.<kind key>.what} / {@code .fix}, same arguments); {@link #what} and
 * {@link #fix} give the English text the command line prints. {@code offset}/{@code length} mark it
 * in the text (char indexes, for the editor); {@code line}/{@code column} are for people.
 */
public record TemplateProblem(Kind kind, List<String> args, int offset, int length, int line, int column) {
    /** Each kind of problem with its English wording; {@code {0}}, {@code {1}} are the arguments. */
    public enum Kind {
        UNCLOSED_EXPRESSION("unclosed `'{{'`", "close the variable with `'}}'`."),
        UNCLOSED_TAG("unclosed `'{%'`", "close the tag with `%'}'`."),
        UNCLOSED_COMMENT("unclosed comment `'{#'`", "close the comment with `#'}'`."),
        UNCLOSED_BLOCK("unclosed `'{%' {0} %'}'`", "add `'{%' end{0} %'}'` where it should end."),
        UNCLOSED_BLOCK_BEFORE("unclosed `'{%' {0} %'}'`", "add `'{%' end{0} %'}'` before the `'{%' end{1} %'}'` at line {2}."),
        EMPTY_EXPRESSION("empty `'{{ }}'`", "put a variable name inside, like `'{{' question '}}'`, or delete the braces."),
        EMPTY_TAG("empty tag `'{% %}'`", "start the tag with a name, like `'{%' if ... %'}'` or `'{%' for ... %'}'`."),
        UNREADABLE_TAG("unreadable tag `'{%' {0} %'}'`", "start the tag with a name, like `'{%' if ... %'}'` or `'{%' for ... %'}'`."),
        FILE_TAG("`'{%' {0} %'}'` is not allowed", "prompts are self-contained and cannot read other files; paste the text in instead."),
        UNKNOWN_TAG("unknown tag `'{%' {0} %'}'`",
                "use one of {1}; to show `'{%'` as text, wrap it in `'{%' raw %'}'...'{%' endraw %'}'`."),
        IF_WITHOUT_CONDITION("`'{%' if %'}'` needs a condition", "write it like `'{%' if question %'}'`."),
        BAD_FOR("`'{%' {0} %'}'` is not a loop Jinja understands", "write it like `'{%' for example in examples %'}'`."),
        BAD_SET("`'{%' {0} %'}'` does not say what to set", "write it like `'{%' set name = \"value\" %'}'`."),
        NEEDS_NAME("`'{%' {0} %'}'` needs a name", "write it like `'{%' {0} name %'}'`."),
        ELIF_OUTSIDE("`'{%' elif %'}'` outside an `'{%' if %'}'`", "move it inside an `'{%' if %'}'` block, or remove it."),
        ELSE_OUTSIDE("`'{%' else %'}'` outside an `'{%' if %'}'` or `'{%' for %'}'`",
                "move it inside an `'{%' if %'}'` or `'{%' for %'}'` block, or remove it."),
        ELIF_WITHOUT_CONDITION("`'{%' elif %'}'` needs a condition", "write it like `'{%' elif language == \"es\" %'}'`."),
        STRAY_END("`'{%' end{0} %'}'` without an opening `'{%' {0} %'}'`", "remove it, or add the `'{%' {0} ... %'}'` it should close."),
        UNEXPECTED_BRACKET("unexpected `{0}`", "remove it or add the bracket that opens it."),
        UNCLOSED_QUOTE("unclosed quote `{0}`", "end the text with another `{0}`."),
        UNCLOSED_BRACKET("unclosed `{0}`", "add the matching `{1}`."),
        /** An error reported by the template engine while rendering; its text comes from the engine, in English. */
        ENGINE("{0}", "check the expression there."),
        OUTPUT_TOO_LONG("the rendered prompt would be longer than {0} characters", "check loops over large ranges or lists."),
        UNKNOWN_FILTER("unknown filter `{0}`", "check the spelling; common filters are upper, lower, title, trim, default, join, length, replace."),
        TOO_DEEP("nesting deeper than {0} levels", "nest blocks and brackets at most {0} deep; split the logic into simpler steps.");

        private final String what;
        private final String fix;

        Kind(String what, String fix) {
            this.what = what;
            this.fix = fix;
        }

        /** The resource-bundle key part: {@code UNCLOSED_EXPRESSION} → {@code unclosedExpression}. */
        public String key() {
            StringBuilder key = new StringBuilder();
            boolean upper = false;
            for (char c : name().toLowerCase(Locale.ROOT).toCharArray()) {
                if (c == '_') upper = true;
                else key.append(upper ? Character.toUpperCase(c) : c);
                if (c != '_') upper = false;
            }
            return key.toString();
        }
    }

    public TemplateProblem {
        args = List.copyOf(args);
    }

    public static TemplateProblem at(CharSequence text, int offset, int length, Kind kind, String... args) {
        TextPosition position = TextPosition.of(text, offset);
        return new TemplateProblem(kind, List.of(args), offset, Math.max(length, 1), position.line(), position.column());
    }

    /** "unclosed `{{`", in English. */
    public String what() {
        return format(kind.what);
    }

    /** "close the variable with `}}`.", in English. */
    public String fix() {
        return format(kind.fix);
    }

    /** "unclosed `{{` at line 3, column 12: close the variable with `}}`." */
    public String describe() {
        return what() + " at line " + line + ", column " + column + ": " + fix();
    }

    private String format(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }
}
