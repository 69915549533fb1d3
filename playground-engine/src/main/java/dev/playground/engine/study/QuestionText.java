package dev.playground.engine.study;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A question in one language: stem, options, explanation, and one note per option saying why it is right or wrong. */
public record QuestionText(String stem, List<String> options, String explanation, List<String> optionNotes) {

    public QuestionText {
        options = options == null ? null : Collections.unmodifiableList(new ArrayList<>(options));
        optionNotes = optionNotes == null ? null : Collections.unmodifiableList(new ArrayList<>(optionNotes));
    }
}
