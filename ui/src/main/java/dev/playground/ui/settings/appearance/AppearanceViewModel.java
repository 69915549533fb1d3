package dev.playground.ui.settings.appearance;

import dev.playground.engine.task.TaskExecutor;
import dev.playground.store.SettingsRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Settings > Appearance: the window's text size, in percent. A choice applies at once (the windows are rebuilt at
 * the new size) and is kept in the store (setting {@value #SETTING}); the environment's PLAYGROUND_FONT_SCALE (or
 * -Dplayground.fontScale) only gives the size until one is chosen here (decision 0098).
 */
public final class AppearanceViewModel {
    public static final String SETTING = "ui.textScale";
    /** The sizes offered; a size from the environment that is not among them is offered too. */
    public static final List<Integer> CHOICES = List.of(90, 100, 110, 125, 150);
    static final int LOWEST = 75;
    static final int HIGHEST = 300;

    private final DoubleProperty scale;
    private final double fromEnvironment;
    private final ObjectProperty<Integer> percent = new SimpleObjectProperty<>(this, "percent");
    private final ObservableList<Integer> choices = FXCollections.observableArrayList();

    /**
     * @param scale           the text size in force (a factor, 1 = normal); NaN when none was chosen, and the
     *                        environment's size then applies
     * @param fromEnvironment the size the environment asks for (1 when it asks nothing)
     */
    public AppearanceViewModel(DoubleProperty scale, double fromEnvironment, SettingsRepository settings, TaskExecutor executor) {
        this.scale = scale;
        this.fromEnvironment = fromEnvironment;
        int shown = toPercent(Double.isNaN(scale.get()) ? fromEnvironment : scale.get());
        List<Integer> offered = new ArrayList<>(CHOICES);
        if (!offered.contains(shown)) offered.add(shown);
        offered.sort(Integer::compare);
        choices.setAll(offered);
        percent.set(shown);
        percent.addListener((obs, old, now) -> {
            if (now == null || now.equals(old)) return;
            int kept = Math.max(LOWEST, Math.min(HIGHEST, now));
            scale.set(kept / 100.0);
            executor.run(() -> settings.put(SETTING, Integer.toString(kept)));
        });
    }

    /** The saved size as a factor, if one was chosen and reads. */
    public static Optional<Double> saved(SettingsRepository settings) {
        return settings.get(SETTING).flatMap(value -> {
            try {
                int kept = Integer.parseInt(value.strip());
                return kept < LOWEST || kept > HIGHEST ? Optional.empty() : Optional.of(kept / 100.0);
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    static int toPercent(double factor) {
        return (int) Math.round(factor * 100);
    }

    public ObjectProperty<Integer> percentProperty() {
        return percent;
    }

    public ObservableList<Integer> choices() {
        return choices;
    }

    /** The size the environment asks for, when it asks one other than normal (the note under the choice says so). */
    public OptionalInt environmentPercent() {
        int asked = toPercent(fromEnvironment);
        return asked == 100 ? OptionalInt.empty() : OptionalInt.of(asked);
    }

    public DoubleProperty scale() {
        return scale;
    }
}
