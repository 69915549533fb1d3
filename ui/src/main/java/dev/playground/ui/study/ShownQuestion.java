package dev.playground.ui.study;

import dev.playground.engine.study.Question;
import dev.playground.engine.study.QuestionText;
import dev.playground.engine.study.QuestionType;
import dev.playground.engine.study.StudyLanguage;
import java.util.List;

/** A question as the window shows it, in one language: stem, options, and (for feedback) the key and the notes. */
public record ShownQuestion(String id, int section, String topic, boolean multiple, String stem, List<String> options,
        String explanation, List<String> optionNotes, List<Integer> answer) {

    public static ShownQuestion of(Question question, StudyLanguage language) {
        QuestionText text = question.text(language);
        return new ShownQuestion(question.id(), question.section(), question.topic(), question.type() == QuestionType.MULTIPLE,
                text.stem(), text.options(), text.explanation(), text.optionNotes() == null ? List.of() : text.optionNotes(),
                question.answer());
    }

    /** The note on one option (why it is right or wrong), empty when the question has none. */
    public String note(int option) {
        return option < optionNotes.size() ? optionNotes.get(option) : "";
    }

    public boolean isRight(int option) {
        return answer.contains(option);
    }
}
