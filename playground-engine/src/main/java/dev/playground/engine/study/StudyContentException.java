package dev.playground.engine.study;

/** Study content that cannot be read; the message names the file (and question) and says what to fix. */
public class StudyContentException extends Exception {

    public StudyContentException(String message) {
        super(message);
    }

    public StudyContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
