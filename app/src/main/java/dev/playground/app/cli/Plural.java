package dev.playground.app.cli;

/** "1 row", "2 rows": a count with the word that fits it, for the command line's English messages. */
final class Plural {
    private Plural() {}

    static String of(long count, String one, String many) {
        return count + " " + (count == 1 ? one : many);
    }
}
