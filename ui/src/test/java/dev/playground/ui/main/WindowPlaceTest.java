package dev.playground.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

class WindowPlaceTest {
    private static final Rectangle2D BIG = new Rectangle2D(0, 0, 2560, 1440);
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 800, 600);

    @Test
    void a_first_window_takes_most_of_a_large_screen_centred() {
        WindowPlace place = WindowPlace.choose(Optional.empty(), List.of(BIG));
        assertThat(place.width()).isEqualTo(2355);
        assertThat(place.height()).isEqualTo(1325);
        assertThat(place.x()).isEqualTo((2560 - 2355) / 2.0);
        assertThat(place.maximized()).isFalse();
    }

    @Test
    void a_first_window_is_never_below_1024_by_700_unless_the_screen_is() {
        WindowPlace place = WindowPlace.choose(Optional.empty(), List.of(new Rectangle2D(0, 0, 1024, 720)));
        assertThat(place.width()).isEqualTo(1024);
        assertThat(place.height()).isEqualTo(700);
        WindowPlace tiny = WindowPlace.choose(Optional.empty(), List.of(SMALL));
        assertThat(tiny.width()).isEqualTo(800);
        assertThat(tiny.height()).isEqualTo(600);
    }

    @Test
    void the_saved_place_comes_back_when_it_is_on_a_screen() {
        WindowPlace saved = new WindowPlace(100, 80, 1500, 900, true);
        assertThat(WindowPlace.choose(Optional.of(saved), List.of(BIG))).isEqualTo(saved);
    }

    @Test
    void a_place_on_a_screen_that_is_gone_opens_on_the_primary_screen() {
        WindowPlace onSecond = new WindowPlace(3000, 100, 1200, 800, false);
        WindowPlace place = WindowPlace.choose(Optional.of(onSecond), List.of(BIG));
        assertThat(place.x()).isLessThan(2560);
        assertThat(place.width()).isEqualTo(2355);
    }

    @Test
    void a_saved_place_too_small_or_too_big_is_brought_within_limits() {
        WindowPlace cramped = WindowPlace.choose(Optional.of(new WindowPlace(10, 10, 600, 400, false)), List.of(BIG));
        assertThat(cramped.width()).isEqualTo(1024);
        assertThat(cramped.height()).isEqualTo(700);
        WindowPlace huge = WindowPlace.choose(Optional.of(new WindowPlace(700, 500, 2560, 1440, false)), List.of(BIG));
        assertThat(huge.x()).isZero();
        assertThat(huge.y()).isZero();
        assertThat(huge.width()).isEqualTo(2560);
    }

    @Test
    void the_setting_reads_back_and_nonsense_is_ignored() {
        WindowPlace place = new WindowPlace(12, 34, 1280, 800, false);
        assertThat(WindowPlace.parse(place.format())).contains(place);
        assertThat(WindowPlace.parse("12,5 34 1280 800 false")).isEmpty();
        assertThat(WindowPlace.parse("wide")).isEmpty();
        assertThat(WindowPlace.parse(null)).isEmpty();
    }
}
