package dev.playground.engine.suite;

import dev.playground.engine.guard.BannedWordsRail;
import dev.playground.engine.guard.GuardFinding;
import dev.playground.engine.guard.Guardrails;
import dev.playground.engine.guard.InjectionRail;
import dev.playground.engine.guard.PiiRail;
import dev.playground.engine.guard.Rail;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The guardrail assertions, run by the guard engine's own rails on the output: {@code pii} passes when no personal
 * data is found (its value may name the kinds to look for, e.g. {@code [EMAIL, IBAN]}), {@code injection} when no
 * injection, jailbreak, prompt leak or hidden text is found (its value may name kinds too), and {@code guardrails}
 * when none of the named rails finds anything (value: a list of rails, default {@code [pii, injection]}, or a map
 * {@code {rails: [...], banned: [words]}}). The findings, with kind, text and offsets, are the reason.
 */
final class GuardAssertions {
    static final Set<String> TYPES = Set.of("pii", "injection", "guardrails");
    static final Set<String> PII_KINDS = Set.of("EMAIL", "PHONE", "CREDIT_CARD", "IBAN", "ES_DNI", "ES_NIE", "US_SSN", "IP_ADDRESS",
            "SECRET");
    static final Set<String> INJECTION_KINDS = Set.of("INJECTION", "JAILBREAK", "PROMPT_LEAK", "HIDDEN_TEXT");
    private static final int SHOWN = 10;

    private GuardAssertions() {}

    static AssertionResult evaluate(SuiteAssertion a, String output) {
        return switch (a.type()) {
            case "pii" -> byKind(a, new PiiRail(), PII_KINDS, output, "personal data");
            case "injection" -> byKind(a, new InjectionRail(), INJECTION_KINDS, output, "injection, jailbreak, prompt leak or hidden text");
            default -> rails(a, output);
        };
    }

    private static AssertionResult byKind(SuiteAssertion a, Rail rail, Set<String> known, String output, String what) {
        Set<String> kinds = new LinkedHashSet<>();
        for (String item : items(a.value())) kinds.add(item.toUpperCase(Locale.ROOT).replace('-', '_'));
        for (String kind : kinds) {
            if (!known.contains(kind)) {
                return AssertionResult.error(a, a.type() + " has no kind '" + kind + "'; use some of " + String.join(", ", sorted(known)));
            }
        }
        List<GuardFinding> found = rail.check(output).stream().filter(f -> kinds.isEmpty() || kinds.contains(f.kind())).toList();
        String scope = kinds.isEmpty() ? what : what + " of kind " + String.join(", ", kinds);
        return verdict(a, found, scope);
    }

    private static AssertionResult rails(SuiteAssertion a, String output) {
        List<String> names = new ArrayList<>();
        List<String> banned = new ArrayList<>();
        if (a.value() instanceof Map<?, ?> map) {
            names.addAll(items(map.get("rails")));
            banned.addAll(items(map.get("banned")));
            if (names.isEmpty()) {
                names.addAll(List.of(PiiRail.NAME, InjectionRail.NAME));
                if (!banned.isEmpty()) names.add(BannedWordsRail.NAME);
            }
        } else {
            names.addAll(items(a.value()));
            if (names.isEmpty()) names.addAll(List.of(PiiRail.NAME, InjectionRail.NAME));
        }
        names = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).distinct().toList();
        Guardrails guardrails = new Guardrails(List.of(new PiiRail(), new InjectionRail(), new BannedWordsRail(banned)));
        for (String name : names) {
            if (!guardrails.has(name)) {
                return AssertionResult.error(a, "guardrails has no rail '" + name + "'; use some of " + String.join(", ", guardrails.names())
                        + " (the token limit and the Llama Guard safety rail are not run as assertions; use Safety for the latter)");
            }
            if (name.equals(BannedWordsRail.NAME) && banned.isEmpty()) {
                return AssertionResult.error(a, "the banned rail needs its words: write the value as {rails: [banned], banned: [word, ...]}");
            }
        }
        return verdict(a, guardrails.check(output, names), "findings of the rails " + String.join(", ", names));
    }

    private static AssertionResult verdict(SuiteAssertion a, List<GuardFinding> found, String scope) {
        if (found.isEmpty()) return AssertionResult.of(a, true, 1, "no " + scope + " found");
        StringBuilder why = new StringBuilder().append(found.size()).append(found.size() == 1 ? " finding" : " findings")
                .append(" (").append(scope).append("): ");
        for (int i = 0; i < Math.min(SHOWN, found.size()); i++) {
            if (i > 0) why.append("; ");
            why.append(describe(found.get(i)));
        }
        if (found.size() > SHOWN) why.append("; and ").append(found.size() - SHOWN).append(" more");
        return AssertionResult.of(a, false, 0, why.toString());
    }

    /** {@code EMAIL "ana@example.com" at 12-27}, with the rail's evidence when it has any. */
    static String describe(GuardFinding f) {
        String text = f.text().replaceAll("\\p{Cntrl}|\\p{Cf}", "\u00B7");
        String shown = text.length() <= 60 ? text : text.substring(0, 57) + "...";
        return f.kind() + " \"" + shown + "\" at " + f.start() + "-" + f.end() + (f.evidence().isEmpty() ? "" : " (" + f.evidence() + ")");
    }

    private static List<String> items(Object value) {
        if (value == null) return List.of();
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) if (item != null && !item.toString().isBlank()) out.add(item.toString().strip());
        } else {
            for (String part : value.toString().split(",")) if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }

    private static List<String> sorted(Set<String> set) {
        return set.stream().sorted().toList();
    }
}
