package dev.playground.ui.study;

import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.retrieval.DocumentCollections;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.handbook.StudyHandbook;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabCollection;
import dev.playground.engine.study.StudyLabs;
import dev.playground.ui.common.UiThread;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * "Open in playground" as {@code playground study lab open} does it: the handbook collection the lab names
 * is made (and indexed the first time) through {@link StudyHandbook}, then the lab's starter prompt is shown
 * in the playground. Runs off the FX thread; only the hand-over to the playground hops onto it.
 */
public final class PlaygroundLabOpener implements LabOpener {
    private final DocumentCollections collections;
    private final Path dataDir;
    private final Consumer<PromptFile> showStarter;

    /**
     * @param collections null when the app runs without document collections (labs with a collection then say so)
     * @param showStarter puts a starter into the playground; called on the FX thread
     */
    public PlaygroundLabOpener(DocumentCollections collections, Path dataDir, Consumer<PromptFile> showStarter) {
        this.collections = collections;
        this.dataDir = dataDir;
        this.showStarter = showStarter;
    }

    @Override
    public void open(StudyLabs labs, Lab lab) throws Exception {
        LabCollection collection = lab.opens().collection();
        if (collection != null) {
            if (collections == null) {
                throw new LabOpener.NoCollections(lab);
            }
            new StudyHandbook(collections, dataDir).ensure(collection.name(),
                    StudyHandbook.chunking(collection.chunkUnit(), collection.chunkSize(), collection.chunkOverlap(), collection.searchContext()), IndexProgress.NONE);
        }
        Optional<PromptFile> starter = labs.starter(lab);
        starter.ifPresent(file -> UiThread.run(() -> showStarter.accept(file)));
    }
}
