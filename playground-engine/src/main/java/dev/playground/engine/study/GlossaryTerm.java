package dev.playground.engine.study;

/** A glossary entry that lessons link to as {@code [text](glossary:id)}. */
public record GlossaryTerm(String id, Entry en, Entry es) {

    public Entry entry(StudyLanguage language) {
        return language == StudyLanguage.ES ? es : en;
    }

    /** The term as practitioners say it in one language, and its definition. */
    public record Entry(String term, String definition) {
    }
}
