package dev.playground.engine.suite;

/** Follows a suite run; called on background threads (the window hops to its own). */
public interface SuiteListener {
    SuiteListener NONE = new SuiteListener() {};

    /** Before any call: how many cells the run has, and how many a resumed run already holds. */
    default void onStart(SuitePlan plan, int total, int alreadyDone) {}

    /** A cell finished; {@code done} counts every finished cell, resumed ones included. */
    default void onCell(SuiteCell cell, int done, int total) {}
}
