package dev.playground.engine.compare;

import java.util.Objects;

/**
 * What a person thought of one cell: thumbs up or down (or none), a 1–5 rating (or none) and a comment.
 */
public record CellFeedback(CellKey cell, Thumb thumb, Integer rating, String comment) {
    public enum Thumb { UP, DOWN, NONE }

    public CellFeedback {
        Objects.requireNonNull(cell, "cell");
        thumb = thumb == null ? Thumb.NONE : thumb;
        if (rating != null && (rating < 1 || rating > 5)) throw new IllegalArgumentException("A rating goes from 1 to 5.");
        comment = comment == null ? "" : comment;
    }

    public static CellFeedback empty(CellKey cell) {
        return new CellFeedback(cell, Thumb.NONE, null, "");
    }

    public CellFeedback withThumb(Thumb value) {
        return new CellFeedback(cell, value, rating, comment);
    }

    public CellFeedback withRating(Integer value) {
        return new CellFeedback(cell, thumb, value, comment);
    }

    public CellFeedback withComment(String value) {
        return new CellFeedback(cell, thumb, rating, value);
    }

    public boolean isEmpty() {
        return thumb == Thumb.NONE && rating == null && comment.isBlank();
    }

    /** The person's verdict: thumbs first; otherwise a rating of 4–5 is good and 1–2 bad; null when they did not say. */
    public Boolean approves() {
        if (thumb != Thumb.NONE) return thumb == Thumb.UP;
        if (rating == null || rating == 3) return null;
        return rating >= 4;
    }
}
