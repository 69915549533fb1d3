package dev.playground.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.compare.WordDiff.Kind;
import dev.playground.engine.compare.WordDiff.Segment;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WordDiffTest {
    @Test
    void marks_changed_words_and_keeps_the_texts_recoverable() {
        String first = "La capital de Francia es París.";
        String second = "La capital de Francia es, sin duda, París.";

        List<Segment> diff = WordDiff.between(first, second);

        assertThat(diff.get(0)).isEqualTo(new Segment(Kind.SAME, "La capital de Francia es"));
        assertThat(diff).noneMatch(segment -> segment.kind() == Kind.REMOVED);
        assertThat(diff.stream().filter(segment -> segment.kind() == Kind.ADDED).map(Segment::text).collect(Collectors.joining()).strip())
                .isIn(", sin duda,", ",sin duda,");
        assertThat(join(diff, Kind.ADDED)).isEqualTo(first);
        assertThat(join(diff, Kind.REMOVED)).isEqualTo(second);
    }

    @Test
    void replaced_word_is_removed_then_added() {
        assertThat(WordDiff.between("the cat sat", "the dog sat")).containsExactly(
                new Segment(Kind.SAME, "the "), new Segment(Kind.REMOVED, "cat"), new Segment(Kind.ADDED, "dog"), new Segment(Kind.SAME, " sat"));
    }

    @Test
    void spaces_between_two_changes_join_them_into_one_phrase_each_side() {
        List<Segment> diff = WordDiff.between("Keep it short.", "Use one example.");
        assertThat(diff).containsExactly(new Segment(Kind.REMOVED, "Keep it short"), new Segment(Kind.ADDED, "Use one example"),
                new Segment(Kind.SAME, "."));
        assertThat(join(diff, Kind.ADDED)).isEqualTo("Keep it short.");
        assertThat(join(diff, Kind.REMOVED)).isEqualTo("Use one example.");
    }

    @Test
    void a_shared_word_between_changes_stays_unmarked() {
        List<Segment> diff = WordDiff.between("red cat and blue dog", "big cat and green dog");
        assertThat(diff).contains(new Segment(Kind.SAME, " cat and "));
        assertThat(join(diff, Kind.ADDED)).isEqualTo("red cat and blue dog");
        assertThat(join(diff, Kind.REMOVED)).isEqualTo("big cat and green dog");
    }

    @Test
    void empty_sides() {
        assertThat(WordDiff.between("", "")).isEmpty();
        assertThat(WordDiff.between("", "hola")).containsExactly(new Segment(Kind.ADDED, "hola"));
        assertThat(WordDiff.between("hola", "")).containsExactly(new Segment(Kind.REMOVED, "hola"));
    }

    private static String join(List<Segment> diff, Kind leaveOut) {
        return diff.stream().filter(s -> s.kind() != leaveOut).map(Segment::text).collect(Collectors.joining());
    }
}
