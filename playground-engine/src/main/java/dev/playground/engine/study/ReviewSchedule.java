package dev.playground.engine.study;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Weak spots on a Leitner schedule. A question enters the schedule the first time it is answered
 * wrong, in box 1, due at once. Each later right answer moves it up a box and waits longer before it
 * comes back (box 2 after a day, 3 after 3 days, 4 after a week, 5 after 16 days); a right answer in
 * the last box retires it. A wrong answer anywhere sends it back to box 1. Answers given in any mode
 * count, so a question missed in a mock exam comes back in the review.
 */
public final class ReviewSchedule {
    /** How long a question waits in each box (index 0 is box 1). */
    public static final List<Duration> WAITS = List.of(Duration.ZERO, Duration.ofDays(1), Duration.ofDays(3), Duration.ofDays(7),
            Duration.ofDays(16));

    private final Map<String, Card> cards;

    private ReviewSchedule(Map<String, Card> cards) {
        this.cards = cards;
    }

    /** Where a question stands: its box (1-5), when it was last answered, and when it is due. */
    public record Card(String questionId, int section, int box, Instant lastAnswered, Instant due) {
        public boolean isDue(Instant now) {
            return !due.isAfter(now);
        }
    }

    /** Replays the answers (in the order given, oldest first). */
    public static ReviewSchedule of(List<StudyAnswer> history) {
        Map<String, Card> cards = new LinkedHashMap<>();
        for (StudyAnswer a : history) {
            Card card = cards.get(a.questionId());
            if (!a.correct()) {
                cards.put(a.questionId(), card(a, 1));
            } else if (card != null) {
                if (card.box() >= WAITS.size()) cards.remove(a.questionId());
                else cards.put(a.questionId(), card(a, card.box() + 1));
            }
        }
        return new ReviewSchedule(cards);
    }

    private static Card card(StudyAnswer a, int box) {
        return new Card(a.questionId(), a.section(), box, a.answeredAt(), a.answeredAt().plus(WAITS.get(box - 1)));
    }

    /** The questions due at {@code now}, the longest-waiting first. */
    public List<Card> due(Instant now) {
        List<Card> due = new ArrayList<>(cards.values().stream().filter(c -> c.isDue(now)).toList());
        due.sort(Comparator.comparing(Card::due).thenComparing(Card::questionId));
        return due;
    }

    /** When the next question not yet due comes back; empty when none waits. */
    public Optional<Instant> nextDue(Instant now) {
        return cards.values().stream().map(Card::due).filter(d -> d.isAfter(now)).min(Comparator.naturalOrder());
    }

    /** Every question in the schedule (due or waiting), by question id. */
    public Map<String, Card> cards() {
        return java.util.Collections.unmodifiableMap(cards);
    }
}
