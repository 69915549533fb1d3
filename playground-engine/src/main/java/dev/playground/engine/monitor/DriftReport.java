package dev.playground.engine.monitor;

import java.util.List;

/** Two windows compared: how many calls each had and one check per measure. */
public record DriftReport(DriftWindow before, DriftWindow after, long callsBefore, long callsAfter, List<DriftCheck> checks) {
    public DriftReport {
        checks = List.copyOf(checks);
    }

    public boolean drifted() {
        return checks.stream().anyMatch(DriftCheck::drifted);
    }

    public DriftCheck check(DriftCheck.Measure measure) {
        return checks.stream().filter(c -> c.measure() == measure).findFirst().orElseThrow();
    }
}
