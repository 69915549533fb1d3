package dev.playground.ui.settings.appearance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.playground.engine.task.CurrentThreadTaskExecutor;
import dev.playground.store.SettingsRepository;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleDoubleProperty;
import org.junit.jupiter.api.Test;

class AppearanceViewModelTest {
    private final Map<String, String> stored = new HashMap<>();
    private final SettingsRepository settings = new SettingsRepository() {
        @Override
        public Optional<String> get(String key) {
            return Optional.ofNullable(stored.get(key));
        }

        @Override
        public void put(String key, String value) {
            stored.put(key, value);
        }
    };

    @Test
    void a_choice_applies_at_once_and_is_kept() {
        SimpleDoubleProperty scale = new SimpleDoubleProperty(Double.NaN);
        AppearanceViewModel model = new AppearanceViewModel(scale, 1, settings, new CurrentThreadTaskExecutor());
        assertThat(model.percentProperty().get()).isEqualTo(100);
        model.percentProperty().set(125);
        assertThat(scale.get()).isEqualTo(1.25);
        assertThat(stored).containsEntry(AppearanceViewModel.SETTING, "125");
        assertThat(AppearanceViewModel.saved(settings)).contains(1.25);
    }

    @Test
    void the_environment_gives_the_size_until_one_is_chosen_and_is_offered() {
        SimpleDoubleProperty scale = new SimpleDoubleProperty(Double.NaN);
        AppearanceViewModel model = new AppearanceViewModel(scale, 1.3, settings, new CurrentThreadTaskExecutor());
        assertThat(model.percentProperty().get()).isEqualTo(130);
        assertThat(model.choices()).containsExactly(90, 100, 110, 125, 130, 150);
        assertThat(model.environmentPercent()).hasValue(130);
        assertThat(stored).isEmpty();
    }

    @Test
    void a_saved_choice_wins_over_the_environment() {
        SimpleDoubleProperty scale = new SimpleDoubleProperty(0.9);
        AppearanceViewModel model = new AppearanceViewModel(scale, 1.5, settings, new CurrentThreadTaskExecutor());
        assertThat(model.percentProperty().get()).isEqualTo(90);
    }

    @Test
    void a_saved_value_that_does_not_read_is_ignored() {
        stored.put(AppearanceViewModel.SETTING, "huge");
        assertThat(AppearanceViewModel.saved(settings)).isEmpty();
        stored.put(AppearanceViewModel.SETTING, "1000");
        assertThat(AppearanceViewModel.saved(settings)).isEmpty();
    }
}
