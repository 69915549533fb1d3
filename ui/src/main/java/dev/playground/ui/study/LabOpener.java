package dev.playground.ui.study;

import dev.playground.engine.study.Lab;
import dev.playground.engine.study.StudyLabs;

/**
 * "Open in playground" for a lab: puts its starter prompt into the playground and makes its handbook
 * collection. Called off the FX thread (indexing the handbook takes a while the first time); it hops
 * to the FX thread itself for what it shows.
 */
@FunctionalInterface
public interface LabOpener {
    LabOpener NONE = (labs, lab) -> {
        throw new IllegalStateException("labs cannot be opened here");
    };

    void open(StudyLabs labs, Lab lab) throws Exception;

    /** The lab uses a handbook collection, and this window runs without document collections (the view says so in its language). */
    final class NoCollections extends Exception {
        public NoCollections(Lab lab) {
            super("this lab uses the handbook collection " + lab.opens().collection().name()
                    + ", but document collections are off in this window. Open it with: playground study lab open " + lab.id());
        }
    }
}
