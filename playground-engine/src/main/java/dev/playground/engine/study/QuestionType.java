package dev.playground.engine.study;

import com.fasterxml.jackson.annotation.JsonValue;

/** Single-answer questions have one right option; multiple-answer ones two or more. */
public enum QuestionType {
    SINGLE("single"), MULTIPLE("multiple");

    private final String code;

    QuestionType(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }
}
