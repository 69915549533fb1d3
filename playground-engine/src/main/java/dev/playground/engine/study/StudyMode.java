package dev.playground.engine.study;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a question was answered: in practice, in a weak-spots review, or in a mock exam. */
public enum StudyMode {
    PRACTICE, REVIEW, EXAM;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StudyMode parse(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
