package dev.playground.engine.prompt.file;

import java.io.IOException;

/** A prompt file that cannot be read; the message says where (when known) and what to change. */
public class PromptFileException extends IOException {
    private final int line;

    public PromptFileException(String message, int line) {
        super(message);
        this.line = line;
    }

    public PromptFileException(String message, int line, Throwable cause) {
        super(message, cause);
        this.line = line;
    }

    /** 1-based line in the file, 0 when unknown. */
    public int line() {
        return line;
    }
}
