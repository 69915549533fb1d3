package dev.playground.ui.main;

import dev.playground.ui.common.DraftKind;
import dev.playground.ui.common.EditorDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The window's drafts besides the playground's own: each editor's {@link EditorDraft} is added once,
 * restored at once, named in the {@link RecoveryNote} when it was left by a crash, written when the
 * window closes and put back to the editor's start when the person discards what was recovered.
 * An editor plugs in with {@code recovery.add(viewModel.draft())}.
 */
public final class DraftRecovery {
    private final RecoveryNote note;
    private final List<EditorDraft<?>> drafts = new ArrayList<>();
    private Runnable discardPlayground = () -> { };

    DraftRecovery(RecoveryNote note) {
        this.note = note;
    }

    /** Restores {@code draft} (off the FX thread) and tells the note when it came back after a crash. */
    public CompletableFuture<Boolean> add(EditorDraft<?> draft) {
        drafts.add(draft);
        return draft.restore().thenApply(recovered -> {
            if (recovered) note.recovered(draft.kind());
            return recovered;
        });
    }

    /** The playground keeps its own draft: it is named in the note and discarded by {@code discard}. */
    void playgroundRecovered(Runnable discard) {
        discardPlayground = discard;
        note.recovered(DraftKind.PLAYGROUND);
    }

    /** Writes every edit still waiting for its timer; completes once all are on disk. */
    CompletableFuture<Void> flushAll() {
        return CompletableFuture.allOf(drafts.stream().map(EditorDraft::flush).toArray(CompletableFuture[]::new));
    }

    /** Drops what was recovered: the named editors start afresh, their drafts are removed, the note goes. */
    void discardRecovered() {
        for (DraftKind kind : List.copyOf(note.parts())) {
            if (kind == DraftKind.PLAYGROUND) discardPlayground.run();
            else drafts.stream().filter(d -> d.kind() == kind).forEach(EditorDraft::discard);
        }
        note.dismiss();
    }
}
