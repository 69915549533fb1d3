package dev.playground.engine.study;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * One run of the prompt under test, as a suite test case: the variable values it runs with (on top of the prompt's
 * own) and the assertions its answer must pass.
 */
public record LabCase(String description, Map<String, String> vars, @JsonProperty("assert") List<LabAssertion> asserts) {
    public LabCase {
        description = description == null ? "" : description.strip();
        vars = vars == null ? Map.of() : Map.copyOf(vars);
        asserts = asserts == null ? List.of() : List.copyOf(asserts);
    }
}
