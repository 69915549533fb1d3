package dev.playground.engine.study;

/** One section of the exam guide, with its weight in percent. */
public record Section(int id, int weight, String en, String es) {

    public String name(StudyLanguage language) {
        return language == StudyLanguage.ES ? es : en;
    }
}
