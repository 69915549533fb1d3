package dev.playground.engine.study;

import com.fasterxml.jackson.annotation.JsonValue;

/** The two languages every piece of study content is written in. */
public enum StudyLanguage {
    EN("en"), ES("es");

    private final String code;

    StudyLanguage(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
