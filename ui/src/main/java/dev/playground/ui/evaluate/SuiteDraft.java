package dev.playground.ui.evaluate;

/**
 * The suite editor's unsaved state as kept in the store: which suite file it edits, the text typed, the text last
 * read from or written to that file (so a restored editor still knows it has unsaved changes), and the baseline.
 */
public record SuiteDraft(String file, String text, String savedText, String baseline) {}
