package dev.playground.engine.prompt;

import dev.playground.engine.prompt.syntax.TemplateProblem;

/**
 * A template that cannot be rendered. Carries the message it is in (0-based, -1 for the whole
 * prompt) and a 1-based line and column inside that message (0 when unknown), so the editor and
 * the command line can point at it. {@link #getMessage()} already says where and what to do.
 */
public class TemplateException extends Exception {
    private final int messageIndex;
    private final int line;
    private final int column;
    private final transient TemplateProblem problem;

    public TemplateException(String message, int messageIndex, int line, int column) {
        super(message);
        this.messageIndex = messageIndex;
        this.line = line;
        this.column = column;
        this.problem = null;
    }

    public TemplateException(TemplateProblem problem, int messageIndex) {
        super(problem.describe());
        this.messageIndex = messageIndex;
        this.line = problem.line();
        this.column = problem.column();
        this.problem = problem;
    }

    public int messageIndex() {
        return messageIndex;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** The syntax problem behind this error, with its char offset for the editor; null for other errors. */
    public TemplateProblem problem() {
        return problem;
    }

    /** "Message 2: unclosed `{{` at line 3, column 12: close the variable with `}}`." */
    public String describe() {
        String text = getMessage();
        if (problem == null && line > 0 && !text.contains(" at line ")) {
            text = "line " + line + (column > 0 ? ", column " + column : "") + ": " + text;
        }
        return messageIndex >= 0 ? "Message " + (messageIndex + 1) + ": " + text : text;
    }
}
