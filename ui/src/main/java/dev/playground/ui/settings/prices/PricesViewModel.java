package dev.playground.ui.settings.prices;

import dev.playground.engine.task.TaskExecutor;
import dev.playground.engine.tokens.ModelPrice;
import dev.playground.engine.tokens.PriceBook;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The price table being edited: rows as they will be saved, a form for the selected (or a new)
 * row that is checked before it goes into the table, and saving to the app's {@link PriceBook}
 * off the FX thread. Nothing typed is thrown away: a form that does not check out stays as typed
 * with the reason next to it, and the table is only replaced by an explicit save.
 */
public final class PricesViewModel {
    private final PriceBook book;
    private final TaskExecutor executor;
    private I18n i18n;
    private final Clock clock;

    private final ObservableList<PriceRow> rows = FXCollections.observableArrayList();
    private final IntegerProperty selected = new SimpleIntegerProperty(this, "selected", -1);
    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final StringProperty input = new SimpleStringProperty(this, "input", "");
    private final StringProperty output = new SimpleStringProperty(this, "output", "");
    private final StringProperty window = new SimpleStringProperty(this, "window", "");
    private final ReadOnlyStringWrapper formError = new ReadOnlyStringWrapper(this, "formError", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper dates = new ReadOnlyStringWrapper(this, "dates", "");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty", false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving", false);
    private LocalDate tableDate;

    public PricesViewModel(PriceBook book, TaskExecutor executor, I18n i18n) {
        this(book, executor, i18n, Clock.systemDefaultZone());
    }

    PricesViewModel(PriceBook book, TaskExecutor executor, I18n i18n, Clock clock) {
        this.book = book;
        this.executor = executor;
        this.i18n = i18n;
        this.clock = clock;
        show(book.current());
        dirty.set(false);
        book.loadProblem().ifPresent(problem -> status.set(i18n.text("prices.status.loadProblem", problem)));
    }

    /** Messages from now on use this language (the Settings window is rebuilt when the language changes). */
    public void setI18n(I18n i18n) {
        if (this.i18n.locale().equals(i18n.locale())) return;
        this.i18n = i18n;
        updateDates();
        formError.set("");
        status.set(dirty.get() ? i18n.text("prices.status.unsaved") : "");
    }

    // ---- the form ----

    /** Fills the form from row {@code index}, or empties it for a new row when {@code index} is -1. */
    public void select(int index) {
        selected.set(index >= 0 && index < rows.size() ? index : -1);
        PriceRow row = selected.get() >= 0 ? rows.get(selected.get()) : null;
        provider.set(row == null ? "" : row.provider());
        model.set(row == null ? "" : row.model());
        input.set(row == null ? "" : row.input());
        output.set(row == null ? "" : row.output());
        window.set(row == null ? "" : row.window());
        formError.set("");
    }

    /** Puts the form into the table (replacing the selected row, or adding one); false, with the reason, if it does not check out. */
    public boolean apply() {
        Optional<ModelPrice> price = checkedForm();
        if (price.isEmpty()) return false;
        int index = selected.get();
        if (index >= 0) rows.set(index, new PriceRow(price.get()));
        else rows.add(new PriceRow(price.get()));
        selected.set(index >= 0 ? index : rows.size() - 1);
        formError.set("");
        changed(i18n.text("prices.status.applied", price.get().model()));
        return true;
    }

    public void remove(int index) {
        if (index < 0 || index >= rows.size()) return;
        PriceRow removed = rows.remove(index);
        select(-1);
        changed(i18n.text("prices.status.removed", removed.model()));
    }

    /** Puts the shipped prices in the table; like any edit, they are used once saved. */
    public void resetToDefaults() {
        PriceTable defaults = PriceTable.defaults();
        show(defaults);
        select(-1);
        changed(i18n.text("prices.status.defaultsLoaded", defaults.asOf()));
    }

    private Optional<ModelPrice> checkedForm() {
        String modelName = model.get().strip();
        String providerName = provider.get().strip().toLowerCase(java.util.Locale.ROOT);
        Optional<BigDecimal> inputPrice = PriceInput.price(input.get());
        Optional<BigDecimal> outputPrice = PriceInput.price(output.get());
        Optional<Integer> tokens = PriceInput.window(window.get());
        String problem = null;
        if (modelName.isEmpty()) problem = i18n.text("prices.error.model");
        else if (inputPrice.isEmpty()) problem = i18n.text("prices.error.input", input.get().strip());
        else if (outputPrice.isEmpty()) problem = i18n.text("prices.error.output", output.get().strip());
        else if (!window.get().isBlank() && (tokens.isEmpty() || tokens.get() <= 0)) problem = i18n.text("prices.error.window", window.get().strip());
        else if (duplicateOf(providerName, modelName) >= 0) problem = i18n.text("prices.error.duplicate", providerName.isEmpty() ? "*" : providerName, modelName);
        if (problem != null) {
            formError.set(problem);
            return Optional.empty();
        }
        return Optional.of(new ModelPrice(providerName, modelName, inputPrice.get(), outputPrice.get(), tokens.orElse(null)));
    }

    private int duplicateOf(String providerName, String modelName) {
        for (int i = 0; i < rows.size(); i++) {
            PriceRow row = rows.get(i);
            if (i != selected.get() && row.provider().equalsIgnoreCase(providerName) && row.model().equalsIgnoreCase(modelName)) return i;
        }
        return -1;
    }

    // ---- saving ----

    /** Saves the table in the background; the editor's cost and context bar switch to it when it is written. */
    public void save() {
        if (saving.get()) return;
        PriceTable table = new PriceTable(LocalDate.now(clock), rows.stream().map(PriceRow::price).toList());
        saving.set(true);
        status.set(i18n.text("prices.status.saving"));
        executor.run(() -> {
            try {
                book.save(table);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).whenComplete((ok, failure) -> UiThread.run(() -> {
            saving.set(false);
            if (failure == null) {
                tableDate = table.asOf();
                dirty.set(false);
                updateDates();
                status.set(i18n.text("prices.status.saved", table.prices().size()));
            } else {
                Throwable cause = failure.getCause() != null ? failure.getCause() : failure;
                status.set(i18n.text("prices.status.saveFailed", cause.getMessage()));
            }
        }));
    }

    private void show(PriceTable table) {
        List<PriceRow> shown = new ArrayList<>();
        table.prices().forEach(price -> shown.add(new PriceRow(price)));
        rows.setAll(shown);
        tableDate = table.asOf();
        updateDates();
    }

    private void changed(String what) {
        dirty.set(true);
        status.set(what + " " + i18n.text("prices.status.unsaved"));
    }

    private void updateDates() {
        String shipped = String.valueOf(PriceTable.defaults().asOf());
        // One date said once when the table is the shipped one.
        dates.set(shipped.equals(String.valueOf(tableDate)) ? i18n.text("prices.dates.same", shipped) : i18n.text("prices.dates", shipped, tableDate));
    }

    // ---- properties ----

    public ObservableList<PriceRow> rows() { return rows; }
    public IntegerProperty selectedProperty() { return selected; }
    public StringProperty providerProperty() { return provider; }
    public StringProperty modelProperty() { return model; }
    public StringProperty inputProperty() { return input; }
    public StringProperty outputProperty() { return output; }
    public StringProperty windowProperty() { return window; }
    public ReadOnlyStringProperty formErrorProperty() { return formError.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    public ReadOnlyStringProperty datesProperty() { return dates.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty dirtyProperty() { return dirty.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty savingProperty() { return saving.getReadOnlyProperty(); }
}
