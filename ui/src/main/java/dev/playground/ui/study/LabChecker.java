package dev.playground.ui.study;

import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabResult;
import dev.playground.engine.study.StudyLabs;

/**
 * "Check" for a lab, as {@code playground study lab check} does it: the composition root hands in a checker over the
 * app's own services (runs through the chosen connection, the handbook collections, the registry, the run log, the
 * judge); a test may hand in its own. Called off the FX thread; it may call a model and wait for it.
 */
@FunctionalInterface
public interface LabChecker {
    /** For a window without the app's services: every check is refused with {@link Unavailable}. */
    LabChecker UNAVAILABLE = (labs, lab, attempt) -> {
        throw new Unavailable();
    };

    LabResult check(StudyLabs labs, Lab lab, LabAttempt attempt) throws Exception;

    /** Checking labs is not possible in this window (the study view says so in the person's language). */
    final class Unavailable extends Exception {
        public Unavailable() {
            super("labs cannot be checked in this window; use playground study lab check");
        }
    }
}
