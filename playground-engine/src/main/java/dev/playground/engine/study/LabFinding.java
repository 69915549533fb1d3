package dev.playground.engine.study;

/**
 * The verdict of one assertion of a lab check: what was checked ("case 2: is-json", "retrieval-rank"), whether it
 * passed, and why, in plain words (what was found, or what to do).
 */
public record LabFinding(String label, boolean passed, String detail) {
    public LabFinding {
        detail = detail == null ? "" : detail;
    }
}
