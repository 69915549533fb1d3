package dev.playground.engine.dataset.generate;

/** Why a model's answer could not become a row (the window words each in its own language). */
public enum SkipReason {
    EMPTY("the answer was empty"),
    NOT_JSON("the answer was not a JSON object"),
    NO_QUESTION("the answer had no \"question\" text"),
    NO_FACTS("the answer had no \"expected_facts\" list of texts");

    private final String words;

    SkipReason(String words) {
        this.words = words;
    }

    /** In plain English, for the command line. */
    public String words() {
        return words;
    }
}
