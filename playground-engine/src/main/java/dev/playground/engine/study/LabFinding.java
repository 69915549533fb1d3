package dev.playground.engine.study;

/**
 * The verdict of one assertion of a lab check: what was checked ("case 2: is-json", "retrieval-rank"), whether it
 * passed, and why, in plain words (what was found, or what to do). {@code label} and {@code detail} are in English;
 * {@link #label(StudyLanguage)} and {@link #detail(StudyLanguage)} give them in the student's language.
 */
public record LabFinding(String label, boolean passed, String detail, LabWords words) {
    public LabFinding {
        detail = detail == null ? "" : detail;
    }

    /** A finding without words to translate (its label and detail are shown as they are). */
    public LabFinding(String label, boolean passed, String detail) {
        this(label, passed, detail, null);
    }

    /** A finding in words both languages render; its English label and detail are those words in English. */
    static LabFinding of(LabWords words, boolean passed) {
        return new LabFinding(words.label(StudyLanguage.EN), passed, words.detail(StudyLanguage.EN), words);
    }

    /** The label in {@code language}; in English (or without words) the label as it is. */
    public String label(StudyLanguage language) {
        return words == null || language == StudyLanguage.EN ? label : words.label(language);
    }

    /** The detail in {@code language}; in English (or without words) the detail as it is, which may say more. */
    public String detail(StudyLanguage language) {
        return words == null || language == StudyLanguage.EN ? detail : words.detail(language);
    }
}
