package dev.playground.engine.study;

import java.util.List;

/** The outcome of checking a lab: one finding per assertion; the lab passes when there are findings and all passed. */
public record LabResult(String labId, List<LabFinding> findings) {
    public LabResult {
        findings = List.copyOf(findings);
    }

    public boolean passed() {
        return !findings.isEmpty() && findings.stream().allMatch(LabFinding::passed);
    }

    public long failures() {
        return findings.stream().filter(f -> !f.passed()).count();
    }
}
