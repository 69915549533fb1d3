package dev.playground.engine.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * How the app checks a lab, written as a small evaluation suite so the suite runner can take it over: test cases that
 * run the prompt under test and assert on each answer, and assertions on the lab as a whole (retrieval ranks, chunk
 * counts, aliases, the run log, answers the student gives). {@code target} names a saved prompt (e.g.
 * {@code NAME@champion}) to run instead of the lab's starter; empty runs the starter, or the prompt the student hands in.
 */
public record LabCheckSpec(String target, List<LabCase> cases, @JsonProperty("assert") List<LabAssertion> asserts) {
    public LabCheckSpec {
        target = target == null ? "" : target.strip();
        cases = cases == null ? List.of() : List.copyOf(cases);
        asserts = asserts == null ? List.of() : List.copyOf(asserts);
    }

    /** True when checking calls a model: a case runs the prompt, or an assertion asks a judge. */
    public boolean callsModel() {
        return !cases.isEmpty();
    }
}
