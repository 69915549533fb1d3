package dev.playground.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How -Dplayground.fontScale and PLAYGROUND_FONT_SCALE read: a factor or a percentage, kept to a sane range. */
class ThemeScaleTest {
    @Test
    void reads_a_factor_or_a_percentage_and_keeps_it_in_range() {
        assertThat(Theme.parseScale("1.5")).isEqualTo(1.5);
        assertThat(Theme.parseScale("150%")).isEqualTo(1.5);
        assertThat(Theme.parseScale(" 125 % ")).isEqualTo(1.25);
        assertThat(Theme.parseScale("1,25")).as("a decimal comma").isEqualTo(1.25);
        assertThat(Theme.parseScale("10")).isEqualTo(3);
        assertThat(Theme.parseScale("0.2")).isEqualTo(0.75);
    }

    @Test
    void an_unset_or_unreadable_value_is_the_normal_size() {
        assertThat(Theme.parseScale(null)).isEqualTo(1);
        assertThat(Theme.parseScale("")).isEqualTo(1);
        assertThat(Theme.parseScale("big")).isEqualTo(1);
        assertThat(Theme.parseScale("NaN")).isEqualTo(1);
    }
}
