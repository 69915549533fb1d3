package dev.playground.app.cli;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Reads a typed answer: letters (A) or numbers from 1 (1), several separated by commas or spaces (A,C). */
final class AnswerInput {
    private AnswerInput() {}

    /** The 0-based options chosen, or empty when the line is blank or names an option the question does not have. */
    static Optional<Set<Integer>> parse(String line, int options) {
        Set<Integer> chosen = new TreeSet<>();
        for (String part : line.strip().toUpperCase(Locale.ROOT).split("[,;\\s]+")) {
            if (part.isEmpty()) continue;
            int option;
            if (part.length() == 1 && part.charAt(0) >= 'A' && part.charAt(0) <= 'Z') option = part.charAt(0) - 'A';
            else if (part.matches("\\d{1,2}")) option = Integer.parseInt(part) - 1;
            else return Optional.empty();
            if (option < 0 || option >= options) return Optional.empty();
            chosen.add(option);
        }
        return chosen.isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(chosen));
    }
}
