package dev.playground.engine.guard;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Which rails run on a connection's calls and what each does: {@code pii=mask,injection=block}. Set per connection,
 * overridden per run ({@code --guard}) or suite; a rail missing from the policy does not run.
 */
public record GuardPolicy(Map<String, GuardAction> actions) {
    public static final GuardPolicy NONE = new GuardPolicy(Map.of());
    /** Rails {@code --guard} and settings accept. */
    public static final Set<String> RAILS = Set.of(PiiRail.NAME, InjectionRail.NAME, BannedWordsRail.NAME, TokenLimitRail.NAME);

    public GuardPolicy {
        actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
    }

    /** Reads {@code pii=mask,injection=block}; a rail without an action ({@code pii}) flags. */
    public static GuardPolicy parse(String spec) {
        if (spec == null || spec.isBlank()) return NONE;
        Map<String, GuardAction> actions = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            if (part.isBlank()) continue;
            String[] kv = part.split("=", 2);
            String rail = kv[0].strip().toLowerCase(java.util.Locale.ROOT);
            if (!RAILS.contains(rail)) {
                throw new IllegalArgumentException("Unknown guardrail '" + rail + "': use " + String.join(", ", RAILS.stream().sorted().toList()) + ".");
            }
            actions.put(rail, kv.length == 2 ? GuardAction.parse(kv[1]) : GuardAction.FLAG);
        }
        return new GuardPolicy(actions);
    }

    /** This policy with {@code other}'s rails added or replacing ours. */
    public GuardPolicy overriddenBy(GuardPolicy other) {
        if (other == null || other.isEmpty()) return this;
        Map<String, GuardAction> merged = new LinkedHashMap<>(actions);
        merged.putAll(other.actions);
        return new GuardPolicy(merged);
    }

    public boolean isEmpty() {
        return actions.isEmpty();
    }

    public GuardAction action(String rail) {
        return actions.get(rail);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        actions.forEach((rail, action) -> s.append(s.isEmpty() ? "" : ",").append(rail).append('=').append(action.cliName()));
        return s.toString();
    }
}
