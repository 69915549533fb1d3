package dev.playground.engine.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Reads one section's question file, naming the file and the question id in every complaint. */
final class QuestionReader {

    private QuestionReader() {
    }

    static List<Question> read(StudyYaml yaml, JsonNode list, int section, String file) throws StudyContentException {
        if (!list.isArray()) {
            throw new StudyContentException(file + " must be a YAML list of questions, each starting with '- id: s"
                    + section + "-001'.");
        }
        List<Question> questions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String label = file + ", question " + (item.hasNonNull("id") ? item.get("id").asText() : "#" + (i + 1) + " (no id)");
            Question question = yaml.bind(item, Question.class, label);
            RequiredFields.check(question, label);
            if (question.section() != section) {
                throw new StudyContentException(label + ": its section is " + question.section() + " but this file holds section "
                        + section + ". Move it to " + QuestionBank.questionsPath(question.section()) + " or fix its section.");
            }
            questions.add(question);
        }
        return questions;
    }
}
