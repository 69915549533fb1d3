package dev.playground.engine.guard;

import dev.playground.engine.tokens.TokenCounter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The local rails, by name: what {@code guard check}, the gateway and the Playground preview all call. Nothing here
 * leaves the machine; the Llama Guard safety rail, which needs a model, is {@code judge.SafetyJudge}.
 */
public final class Guardrails {
    private final Map<String, Rail> rails = new LinkedHashMap<>();

    public Guardrails(Collection<Rail> rails) {
        rails.forEach(r -> this.rails.put(r.name(), r));
    }

    /** Personal data and injections; no banned words and no token limit until the user sets them. */
    public static Guardrails standard() {
        return new Guardrails(List.of(new PiiRail(), new InjectionRail()));
    }

    /** The standard rails plus a banned list and a token limit (0 = none). */
    public static Guardrails with(List<String> bannedTerms, int tokenLimit, String model, TokenCounter counter) {
        List<Rail> list = new ArrayList<>(List.of(new PiiRail(), new InjectionRail(), new BannedWordsRail(bannedTerms)));
        if (tokenLimit > 0) list.add(new TokenLimitRail(tokenLimit, model, counter));
        return new Guardrails(list);
    }

    public List<String> names() {
        return List.copyOf(rails.keySet());
    }

    public boolean has(String rail) {
        return rails.containsKey(rail);
    }

    /** Every rail's findings, in order of position. */
    public List<GuardFinding> check(String text) {
        return check(text, rails.keySet());
    }

    /** The named rails' findings, in order of position; names this set does not have are skipped. */
    public List<GuardFinding> check(String text, Collection<String> names) {
        List<GuardFinding> all = new ArrayList<>();
        for (String name : names) {
            Rail rail = rails.get(name);
            if (rail != null) all.addAll(rail.check(text));
        }
        all.sort(Comparator.comparingInt(GuardFinding::start).thenComparing(GuardFinding::rail));
        return all;
    }
}
