package dev.playground.engine.runlog;

/** Where the gateway records every call (the local inference table). Must not throw for ordinary failures. */
@FunctionalInterface
public interface RunLog {
    RunLog NONE = run -> {};

    void record(RunRecord run);
}
