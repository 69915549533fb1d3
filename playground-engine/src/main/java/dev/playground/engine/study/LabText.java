package dev.playground.engine.study;

import java.util.List;

/**
 * A lab in one language: its title, the goal in a sentence or two, the steps to follow in the app, and what the app
 * checks when the student asks it to (in words; the check itself is {@link LabCheckSpec}).
 */
public record LabText(String title, String goal, List<String> steps, String check) {
    public LabText {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }
}
