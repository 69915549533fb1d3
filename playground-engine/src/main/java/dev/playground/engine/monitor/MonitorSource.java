package dev.playground.engine.monitor;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/** Where monitoring reads the run log from (the store implements it; the engine holds no SQL). */
public interface MonitorSource {
    /** Hands every call started in [{@code from}, {@code to}) to {@code sink}, in no particular order; null bounds are open. */
    void scan(Instant from, Instant to, Consumer<CallFacts> sink);

    /**
     * The user messages of up to {@code max} calls started in [{@code from}, {@code to}), newest first; {@code prompt}
     * blank means any prompt, {@code version} 0 any version.
     */
    List<String> inputs(Instant from, Instant to, String prompt, int version, int max);
}
