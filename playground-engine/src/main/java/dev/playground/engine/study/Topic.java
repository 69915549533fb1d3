package dev.playground.engine.study;

/** One topic of the exam guide ("2.3"), belonging to one section. */
public record Topic(String id, int section, String en, String es) {

    public String name(StudyLanguage language) {
        return language == StudyLanguage.ES ? es : en;
    }
}
