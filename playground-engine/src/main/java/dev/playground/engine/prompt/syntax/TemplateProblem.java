package dev.playground.engine.prompt.syntax;

/**
 * Something wrong with a template, said the way a person would: {@code what} names the problem
 * ("unclosed `{{`"), {@code fix} says what to do. {@code offset}/{@code length} mark it in the text
 * (char indexes, for the editor); {@code line}/{@code column} are for people.
 */
public record TemplateProblem(String what, String fix, int offset, int length, int line, int column) {
    public static TemplateProblem at(CharSequence text, int offset, int length, String what, String fix) {
        TextPosition position = TextPosition.of(text, offset);
        return new TemplateProblem(what, fix, offset, Math.max(length, 1), position.line(), position.column());
    }

    /** "unclosed `{{` at line 3, column 12: close it with `}}`." */
    public String describe() {
        return what + " at line " + line + ", column " + column + (fix.isEmpty() ? "." : ": " + fix);
    }
}
