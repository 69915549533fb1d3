package dev.playground.engine.dataset.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses the passages to ask about: {@code count} of them spread evenly over the collection (so every part of it has
 * its say, not just the first document), preferring passages with enough text to hold a fact over headings and
 * scraps. A collection with fewer passages than asked for gives what it has (one row per passage).
 */
final class PassagePicker {
    /** Shorter passages (a heading, a page number) rarely answer a question. */
    static final int MIN_CHARACTERS = 80;

    private PassagePicker() {}

    static List<SourcePassage> pick(List<SourcePassage> all, int count) {
        List<SourcePassage> substantial = all.stream().filter(p -> p.text().strip().length() >= MIN_CHARACTERS).toList();
        List<SourcePassage> candidates = substantial.size() >= Math.min(count, all.size()) ? substantial : all;
        if (candidates.size() <= count) return List.copyOf(candidates);
        List<SourcePassage> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) chosen.add(candidates.get((int) ((long) i * candidates.size() / count)));
        return chosen;
    }
}
