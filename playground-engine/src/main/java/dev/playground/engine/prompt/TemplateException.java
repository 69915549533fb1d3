package dev.playground.engine.prompt;

/**
 * A template that cannot be rendered. Carries a 1-based line and column inside the message
 * where the problem sits (0 when unknown), so the editor and the command line can point at it.
 */
public class TemplateException extends Exception {
    private final int messageIndex;
    private final int line;
    private final int column;

    public TemplateException(String message, int messageIndex, int line, int column) {
        super(message);
        this.messageIndex = messageIndex;
        this.line = line;
        this.column = column;
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

    /** "message 2, line 3, column 12: unclosed {{" style text for people. */
    public String describe() {
        StringBuilder where = new StringBuilder();
        if (messageIndex >= 0) where.append("message ").append(messageIndex + 1);
        if (line > 0) {
            if (!where.isEmpty()) where.append(", ");
            where.append("line ").append(line);
            if (column > 0) where.append(", column ").append(column);
        }
        return where.isEmpty() ? getMessage() : where + ": " + getMessage();
    }
}
