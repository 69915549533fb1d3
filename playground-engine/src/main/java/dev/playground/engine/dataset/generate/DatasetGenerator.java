package dev.playground.engine.dataset.generate;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.CompletionHandle;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.runlog.RunLabel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Writes dataset rows from a document collection (the idea behind Databricks' {@code generate_evals_df}): for each
 * chosen passage it asks a model, through the gateway, for a question a user might ask and the facts a correct answer
 * states, and keeps the passage with the row. Answers that cannot be read are skipped and counted, never dropped in
 * silence. Nothing is stored here: the caller decides what to keep (a file, a new dataset version, the window's review).
 */
public final class DatasetGenerator {
    public static final int DEFAULT_COUNT = 10;
    public static final int MAX_COUNT = 1000;
    public static final String DEFAULT_VARIABLE = "question";
    /** Calls at once; the connection's own limits still apply. */
    static final int CONCURRENCY = 4;
    /** Some variety between questions, little invention. */
    static final ModelSettings SETTINGS = ModelSettings.of(0.3, 1024);

    private final ModelGateway gateway;

    public DatasetGenerator(ModelGateway gateway) {
        this.gateway = gateway;
    }

    /**
     * What to generate: rows from {@code count} passages of the collection named {@code collection}, asked of
     * {@code model} on {@code connection} (null or blank: the connection's default model), the question put in input
     * {@code variable}.
     */
    public record Options(Connection connection, String model, int count, String variable, String collection) {
        public Options {
            Objects.requireNonNull(connection, "connection");
            if (count < 1 || count > MAX_COUNT) throw new IllegalArgumentException("The number of rows must be 1 to " + MAX_COUNT + ", not " + count + ".");
            variable = variable == null || variable.isBlank() ? DEFAULT_VARIABLE : variable.strip();
            collection = collection == null ? "" : collection;
        }
    }

    /** Starts asking about the passages {@link PassagePicker} chooses from {@code all}; progress goes to {@code listener}. */
    public Generation start(List<SourcePassage> all, Options options, GenerationListener listener) {
        List<SourcePassage> chosen = PassagePicker.pick(all, options.count());
        Generation generation = new Generation(chosen, options, listener == null ? GenerationListener.NONE : listener);
        generation.launch();
        return generation;
    }

    /** A generation under way: cancel it, or wait for its result (which never fails: see {@link GenerationResult}). */
    public final class Generation {
        private final List<SourcePassage> passages;
        private final Options options;
        private final GenerationListener listener;
        private final DatasetRow[] rows;
        private final GenerationResult.Skip[] skips;
        private final Set<CompletionHandle> running = new HashSet<>();
        private final CompletableFuture<GenerationResult> result = new CompletableFuture<>();
        private int next;
        /** Passages claimed and not yet answered: counted under the lock with {@code next}, so the generation cannot
         * finish between claiming a passage and its call being under way. */
        private int pending;
        private int done;
        private int skipped;
        private boolean cancelled;
        private ProviderException failure;

        private Generation(List<SourcePassage> passages, Options options, GenerationListener listener) {
            this.passages = passages;
            this.options = options;
            this.listener = listener;
            this.rows = new DatasetRow[passages.size()];
            this.skips = new GenerationResult.Skip[passages.size()];
        }

        /** The passages being asked about, in order. */
        public List<SourcePassage> passages() {
            return passages;
        }

        public CompletableFuture<GenerationResult> result() {
            return result;
        }

        /** Stops the calls under way and starts no more; the result then says it was cancelled. */
        public void cancel() {
            List<CompletionHandle> stopping;
            synchronized (this) {
                if (result.isDone()) return;
                cancelled = true;
                stopping = List.copyOf(running);
            }
            stopping.forEach(CompletionHandle::cancel);
            finishIfIdle();
        }

        private void launch() {
            while (true) {
                int index;
                synchronized (this) {
                    if (cancelled || failure != null || next >= passages.size() || pending >= CONCURRENCY) break;
                    index = next++;
                    pending++;
                }
                ask(index);
            }
            finishIfIdle();
        }

        private void ask(int index) {
            SourcePassage passage = passages.get(index);
            CompletionRequest request = new CompletionRequest(options.connection(), options.model(), SETTINGS, GeneratedRows.messages(passage));
            CompletionHandle handle;
            try {
                handle = gateway.stream(request, QUIET, RunLabel.of("dataset generate: " + options.collection()));
            } catch (ProviderException e) {
                answered(index, null, e);
                return;
            }
            boolean stopNow;
            synchronized (this) {
                running.add(handle);
                stopNow = cancelled || failure != null;
            }
            if (stopNow) handle.cancel();
            handle.result().whenComplete((answer, error) -> {
                synchronized (this) {
                    running.remove(handle);
                }
                answered(index, answer, error);
                launch();
            });
        }

        /** Under the lock, progress included, so that no progress is heard after the result. */
        private void answered(int index, CompletionResult answer, Throwable error) {
            synchronized (this) {
                pending--;
                if (error != null) {
                    ProviderException problem = providerProblem(error);
                    if (problem.kind() == ProviderException.Kind.CANCELLED) cancelled = true;
                    else if (failure == null && !cancelled) failure = problem;
                    return;
                }
                GeneratedRows.Read read = GeneratedRows.read(answer.text(), passages.get(index), options.variable(), options.collection());
                if (read.row() != null) {
                    rows[index] = read.row();
                } else {
                    skips[index] = new GenerationResult.Skip(passages.get(index), read.skip());
                    skipped++;
                }
                done++;
                listener.onProgress(done, passages.size(), skipped);
            }
        }

        private void finishIfIdle() {
            List<CompletionHandle> stopping = List.of();
            GenerationResult finished = null;
            synchronized (this) {
                if (result.isDone()) return;
                boolean stopped = cancelled || failure != null;
                if (pending > 0) {
                    // A failed call ends the generation: the calls still under way are stopped (their ends come back here).
                    if (failure != null) stopping = List.copyOf(running);
                } else if (stopped || next >= passages.size()) {
                    finished = collect();
                }
            }
            stopping.forEach(CompletionHandle::cancel);
            if (finished != null) result.complete(finished);
        }

        private GenerationResult collect() {
            List<DatasetRow> made = new ArrayList<>();
            List<SourcePassage> sources = new ArrayList<>();
            List<GenerationResult.Skip> notMade = new ArrayList<>();
            for (int i = 0; i < passages.size(); i++) {
                if (rows[i] != null) {
                    made.add(rows[i]);
                    sources.add(passages.get(i));
                }
                if (skips[i] != null) notMade.add(skips[i]);
            }
            return new GenerationResult(made, sources, notMade, passages.size(), cancelled && failure == null, failure);
        }
    }

    private static ProviderException providerProblem(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        if (cause instanceof ProviderException provider) return provider;
        return new ProviderException(ProviderException.Kind.SERVER, "The call failed: " + cause.getClass().getSimpleName() + ".");
    }

    private static final CompletionListener QUIET = new CompletionListener() {
        @Override
        public void onToken(String token) {}

        @Override
        public void onComplete(CompletionResult result) {}

        @Override
        public void onError(ProviderException error, CompletionResult partial) {}
    };
}
