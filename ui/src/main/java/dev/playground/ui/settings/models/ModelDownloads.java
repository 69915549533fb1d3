package dev.playground.ui.settings.models;

import dev.playground.engine.local.LocalModelException;
import dev.playground.engine.local.ModelLibrary;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.net.URI;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One download at a time into the models folder, off the FX thread: progress (bytes, speed, time left) handed to the
 * window once per frame, pause (the part is kept), resume (an HTTP range request for the rest) and cancel (the part is
 * deleted). Failures end in {@link State#FAILED} with the library's message in the window's language.
 */
public final class ModelDownloads {
    /** Where a download is. */
    public enum State { IDLE, RUNNING, PAUSED, FAILED, DONE }

    /** What is being downloaded: the address, the file name it gets, the checksum (may be blank) and a title for people. */
    record Job(URI url, String fileName, String sha256, String title) {}

    private final ModelLibrary library;
    private final TaskExecutor executor;
    private final LongSupplier nanoTime;
    private final Consumer<ModelLibrary.Added> onDone;
    private I18n i18n = new I18n(Locale.ENGLISH);

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.IDLE);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    private Job job;
    private volatile boolean stopAsked;
    private volatile boolean cancelAsked;
    // Written by the download thread, read once per frame on the FX thread.
    private volatile long done;
    private volatile long total = -1;
    private SpeedMeter speed = new SpeedMeter();
    private final AnimationTimer frames = new AnimationTimer() {
        @Override
        public void handle(long now) {
            showProgress();
        }
    };

    /**
     * @param nanoTime the clock speed and time left are measured with (tests move it by hand)
     * @param onDone   told on the FX thread when a download finished and the model was added
     */
    public ModelDownloads(ModelLibrary library, TaskExecutor executor, LongSupplier nanoTime, Consumer<ModelLibrary.Added> onDone) {
        this.library = library;
        this.executor = executor;
        this.nanoTime = nanoTime;
        this.onDone = onDone;
    }

    void setI18n(I18n i18n) {
        this.i18n = i18n;
        if (state.get() == State.RUNNING || state.get() == State.PAUSED) showProgress();
    }

    /** Starts downloading {@code job} (resuming a part already there). Ignored while another download runs. */
    void start(Job next) {
        if (state.get() == State.RUNNING) return;
        job = next;
        title.set(next.title());
        run(false);
    }

    /** Stops the download and keeps what arrived, for {@link #resume()}. */
    public void pause() {
        if (state.get() == State.RUNNING) stopAsked = true;
    }

    /** Goes on from where a paused or failed download stopped. */
    public void resume() {
        if (job != null && (state.get() == State.PAUSED || state.get() == State.FAILED)) run(true);
    }

    /** Stops the download and deletes what arrived. */
    public void cancel() {
        if (state.get() == State.RUNNING) {
            cancelAsked = true;
            stopAsked = true;
        } else if (job != null && (state.get() == State.PAUSED || state.get() == State.FAILED)) {
            Job dropped = job;
            executor.run(() -> library.discardPart(dropped.fileName()));
            finish(State.IDLE, i18n.text("models.download.cancelled", dropped.title()));
        }
    }

    private void run(boolean resuming) {
        Job current = job;
        stopAsked = false;
        cancelAsked = false;
        done = 0;
        total = -1;
        speed = new SpeedMeter();
        state.set(State.RUNNING);
        progress.set(ProgressIndicatorValue.UNKNOWN);
        status.set(i18n.text(resuming ? "models.download.resuming" : "models.download.starting", current.title()));
        UiThread.startFrames(frames::start);
        executor.submit(() -> library.download(current.url(), current.fileName(), current.sha256(), (d, t) -> {
            done = d;
            total = t;
        }, () -> stopAsked)).whenComplete((added, failure) -> UiThread.run(() -> ended(current, added, failure)));
    }

    private void ended(Job current, ModelLibrary.Added added, Throwable failure) {
        frames.stop();
        showProgress();
        if (failure != null) {
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            String message = cause instanceof LocalModelException e ? e.message(i18n.locale())
                    : i18n.text("models.download.failed", current.title());
            finish(State.FAILED, message);
        } else if (added == null && cancelAsked) {
            executor.run(() -> library.discardPart(current.fileName()));
            finish(State.IDLE, i18n.text("models.download.cancelled", current.title()));
        } else if (added == null) {
            state.set(State.PAUSED);
            status.set(i18n.text("models.download.paused", current.title(), ByteSizes.size(done, i18n.locale())));
        } else {
            progress.set(1);
            finish(State.DONE, i18n.text("models.download.done", current.title()));
            onDone.accept(added);
        }
    }

    private void finish(State end, String message) {
        state.set(end);
        status.set(message);
        if (end == State.IDLE) progress.set(0);
    }

    /** The bar and the status line from the latest figures (on the FX thread, once per frame while running). */
    private void showProgress() {
        long d = done;
        long t = total;
        double bytesPerSecond = speed.sample(d, nanoTime.getAsLong());
        if (state.get() != State.RUNNING) return;
        progress.set(t > 0 ? Math.min(1, d / (double) t) : ProgressIndicatorValue.UNKNOWN);
        status.set(progressLine(i18n, title.get(), d, t, bytesPerSecond, speed.secondsLeft(d, t)));
    }

    /** "Downloading NAME: 167 MB of 491 MB (34%) at 2.4 MB/s, about 3 min left", with what is known so far. */
    static String progressLine(I18n i18n, String title, long done, long total, double bytesPerSecond, long secondsLeft) {
        Locale locale = i18n.locale();
        String bytes = total > 0 ? i18n.text("models.download.bytesOf", ByteSizes.size(done, locale), ByteSizes.size(total, locale),
                Math.round(100.0 * done / total)) : ByteSizes.size(done, locale);
        if (bytesPerSecond <= 0) return i18n.text("models.download.progress", title, bytes);
        if (secondsLeft < 0) return i18n.text("models.download.progressSpeed", title, bytes, ByteSizes.speed(bytesPerSecond, locale));
        return i18n.text("models.download.progressLeft", title, bytes, ByteSizes.speed(bytesPerSecond, locale),
                ByteSizes.duration(secondsLeft, locale));
    }

    /** Reads the figures now (tests without frames call it to see mid-way progress). */
    void frame() {
        showProgress();
    }

    public ReadOnlyObjectProperty<State> stateProperty() { return state.getReadOnlyProperty(); }
    /** 0 to 1, or {@link ProgressIndicatorValue#UNKNOWN} while the size is not known. */
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty statusProperty() { return status.getReadOnlyProperty(); }
    /** The title of the model being (or last) downloaded. */
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }

    /** The progress value JavaFX shows as "working, amount unknown". */
    static final class ProgressIndicatorValue {
        static final double UNKNOWN = -1;

        private ProgressIndicatorValue() {}
    }
}
