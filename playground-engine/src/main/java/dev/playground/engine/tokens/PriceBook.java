package dev.playground.engine.tokens;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The price table the whole app uses: read once from {@code <data dir>/prices.yaml} (or the shipped
 * defaults), replaced when someone saves an edited table, and telling its listeners so the
 * editor's cost and context bar follow at once. A book without a file keeps saves in memory.
 */
public final class PriceBook {
    private final Path file;
    private final String loadProblem;
    private final List<Consumer<PriceTable>> listeners = new CopyOnWriteArrayList<>();
    private volatile PriceTable current;

    private PriceBook(Path file, PriceTable current, String loadProblem) {
        this.file = file;
        this.current = current;
        this.loadProblem = loadProblem;
    }

    /** The table saved at {@code file}; the shipped defaults if there is none or it cannot be read (see {@link #loadProblem}). */
    public static PriceBook open(Path file) {
        try {
            return new PriceBook(file, PriceTable.loadOrDefaults(file), null);
        } catch (IOException e) {
            return new PriceBook(file, PriceTable.defaults(), e.getMessage());
        }
    }

    public static PriceBook inMemory(PriceTable table) {
        return new PriceBook(null, table, null);
    }

    public PriceTable current() {
        return current;
    }

    /** Why the saved table was not used, when it could not be read; saving a good table replaces the file. */
    public Optional<String> loadProblem() {
        return Optional.ofNullable(loadProblem);
    }

    /** Writes {@code table} (atomically: a reader sees the old file or the new one) and makes it current. */
    public void save(PriceTable table) throws IOException {
        if (file != null) table.save(file);
        current = table;
        for (Consumer<PriceTable> listener : listeners) listener.accept(table);
    }

    /** Calls {@code listener} with each newly saved table (on the saving thread); close the result to stop. */
    public AutoCloseable onSaved(Consumer<PriceTable> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
