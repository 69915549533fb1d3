package dev.playground.ui.guard;

import dev.playground.engine.guard.GuardFinding;
import dev.playground.engine.guard.Guardrails;
import dev.playground.ui.common.I18n;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One line per answer saying what the local rails (personal data, injections) find in it, for the Compare cells:
 * "Guardrails: EMAIL ×2, IBAN in the answer" or "Guardrails: nothing found in the answer". Nothing leaves the machine.
 */
public final class GuardLine {
    private static final Guardrails RAILS = Guardrails.standard();

    private GuardLine() {}

    /** The line for {@code answer}; empty when there is no answer to check. */
    public static String of(String answer, I18n i18n) {
        if (answer == null || answer.isBlank()) return "";
        List<GuardFinding> found = RAILS.check(answer);
        if (found.isEmpty()) return i18n.text("guard.cell.none");
        Map<String, Integer> kinds = new LinkedHashMap<>();
        found.forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
        String list = kinds.entrySet().stream().map(e -> e.getValue() == 1 ? e.getKey() : e.getKey() + " ×" + e.getValue())
                .collect(Collectors.joining(", "));
        return i18n.text("guard.cell.found", list);
    }
}
