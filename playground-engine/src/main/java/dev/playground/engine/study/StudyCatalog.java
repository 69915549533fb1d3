package dev.playground.engine.study;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Read-only queries over the bank for the study screens and the command line: questions by
 * section or topic, and the part of a lesson that teaches a question's topic.
 */
public final class StudyCatalog {
    private final QuestionBank bank;

    public StudyCatalog(QuestionBank bank) {
        this.bank = bank;
    }

    public QuestionBank bank() {
        return bank;
    }

    /** The questions of one section, in file order; empty for a section with none. */
    public List<Question> questionsInSection(int section) {
        return bank.questions().stream().filter(q -> q.section() == section).toList();
    }

    /** The questions of one guide topic ("2.3"), in file order. */
    public List<Question> questionsOnTopic(String topic) {
        return bank.questions().stream().filter(q -> q.topic().equals(topic)).toList();
    }

    /** The guide topics of one section, in the guide's order. */
    public List<Topic> topicsOf(int section) {
        return bank.topics().stream().filter(t -> t.section() == section).toList();
    }

    /** How many questions each section has, by section id. */
    public Map<Integer, Integer> countsBySection() {
        Map<Integer, Integer> counts = new TreeMap<>();
        bank.sections().forEach(s -> counts.put(s.id(), 0));
        bank.questions().forEach(q -> counts.merge(q.section(), 1, Integer::sum));
        return counts;
    }

    /**
     * The part of the lesson that teaches the question's topic: its heading and its text up to the
     * next heading. Empty when the lesson or the topic's anchor is missing.
     */
    public Optional<LessonPart> lessonFor(Question question, StudyLanguage language) {
        LessonRef ref = question.lesson();
        return bank.lesson(ref.section(), language).flatMap(text -> LessonPart.find(ref, language, text));
    }

    /** A topic's part of a lesson: the file, the heading the anchor sits under, and the Markdown body after the anchor. */
    public record LessonPart(String path, String heading, String markdown) {

        static Optional<LessonPart> find(LessonRef ref, StudyLanguage language, String lesson) {
            int anchor = lesson.indexOf(ref.anchor());
            if (anchor < 0) return Optional.empty();
            int headingStart = lesson.lastIndexOf("\n## ", anchor);
            String heading = headingStart < 0 ? ""
                    : lesson.substring(headingStart + 4, lesson.indexOf('\n', headingStart + 1)).strip();
            int bodyStart = lesson.indexOf('\n', anchor);
            bodyStart = bodyStart < 0 ? lesson.length() : bodyStart + 1;
            int next = lesson.indexOf("\n## ", bodyStart - 1);
            String body = lesson.substring(bodyStart, next < 0 ? lesson.length() : next).strip();
            return Optional.of(new LessonPart(ref.path(language), heading, body));
        }
    }
}
