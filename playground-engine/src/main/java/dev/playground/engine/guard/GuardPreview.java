package dev.playground.engine.guard;

import java.util.List;

/**
 * What the input rails would do to a prompt before it is sent: each finding with the action its rail takes and, when
 * masked, the placeholder the model would see instead. {@code policySet} is false when the connection has no
 * guardrails and the preview shows what the standard rails would flag.
 */
public record GuardPreview(List<Item> items, boolean policySet, boolean blocked) {
    public static final GuardPreview EMPTY = new GuardPreview(List.of(), false, false);

    public GuardPreview {
        items = List.copyOf(items);
    }

    /** One finding, what its rail does with it, and the placeholder sent in its place (empty unless masked). */
    public record Item(GuardFinding finding, GuardAction action, String placeholder) {
        public Item {
            placeholder = placeholder == null ? "" : placeholder;
        }
    }
}
