package dev.playground.engine.guard;

import dev.playground.engine.guard.InjectionRules.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/**
 * Prompt injections and jailbreaks in English and Spanish: instructions to override the system prompt, role-play
 * jailbreaks, requests to reveal the prompt, and instructions hidden in invisible or bidirectional Unicode or in base64.
 * Each finding has a score and the evidence. A phrase quoted or discussed ("what does 'ignore previous instructions'
 * mean?") scores lower, so people asking about attacks mostly pass.
 */
public final class InjectionRail implements Rail {
    public static final String NAME = "injection";
    /** Findings below this score are not reported. */
    public static final double THRESHOLD = 0.5;
    private static final double QUOTED = 0.6;
    private static final double DISCUSSED = 0.45;

    /** Trigger word to the indexes of the rules that start with it, in rule order. */
    private final Map<String, List<Integer>> byTrigger = new HashMap<>();
    private final boolean[] firstLetters = new boolean[128];

    public InjectionRail() {
        for (int index = 0; index < InjectionRules.RULES.size(); index++) {
            for (String t : InjectionRules.RULES.get(index).triggers()) {
                byTrigger.computeIfAbsent(t, k -> new ArrayList<>()).add(index);
                firstLetters[t.charAt(0)] = true;
            }
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<GuardFinding> check(String text) {
        Normalized norm = Normalized.of(text);
        List<GuardFinding> found = new ArrayList<>();
        for (Match m : phrases(norm.text(), MetaWords.scan(norm.text()))) {
            int start = norm.original(m.start);
            int end = norm.originalEnd(m.end);
            double score = m.score;
            String evidence = m.rule.evidence();
            if (norm.hiddenBetween(m.start, m.end)) {
                score = Math.max(score, 0.95);
                evidence = evidence + "; hidden with invisible characters";
            }
            if (score >= THRESHOLD) {
                found.add(new GuardFinding(NAME, m.rule.kind(), start, end, text.substring(start, end), round(score), evidence));
            }
        }
        HiddenText.find(text, this, found);
        found.sort(java.util.Comparator.comparingInt(GuardFinding::start));
        return found;
    }

    /** The strongest score of any phrase in {@code plain} (already decoded text), 0 when none. */
    double strongest(String plain) {
        double best = 0;
        String t = Normalized.of(plain).text();
        for (Match m : phrases(t, MetaWords.scan(t))) best = Math.max(best, m.score);
        return best;
    }

    private record Match(Rule rule, int start, int end, double score) {}

    private List<Match> phrases(String t, MetaWords meta) {
        List<Match> matches = new ArrayList<>();
        int n = t.length();
        int i = 0;
        Matcher[] matchers = new Matcher[InjectionRules.RULES.size()];
        int coveredUntil = -1;
        while (i < n) {
            char c = t.charAt(i);
            if (!(c >= 'a' && c <= 'z')) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < n && (Character.isLetterOrDigit(t.charAt(j)) || t.charAt(j) == '_' || t.charAt(j) == '\'' || t.charAt(j) == '-')) j++;
            if (firstLetters[c] && j - i <= 12 && i >= coveredUntil) {
                List<Integer> rules = byTrigger.get(t.substring(i, j));
                if (rules != null) {
                    for (int index : rules) {
                        Rule rule = InjectionRules.RULES.get(index);
                        Matcher m = matchers[index];
                        if (m == null) m = matchers[index] = rule.pattern().matcher(t);
                        m.region(i, Math.min(n, i + 300)).useTransparentBounds(true);
                        if (m.lookingAt()) {
                            matches.add(new Match(rule, i, m.end(), rule.weight() * context(t, meta, i, m.end())));
                            coveredUntil = m.end();
                            break;
                        }
                    }
                }
            }
            i = j;
        }
        return matches;
    }

    /** 1 for a plain instruction, less when it is quoted or talked about. */
    private static double context(String t, MetaWords meta, int start, int end) {
        double factor = 1;
        if (quoted(t, start, end)) factor *= QUOTED;
        if (meta.within(Math.max(0, start - 120), Math.min(t.length(), end + 80))) factor *= DISCUSSED;
        return factor;
    }

    private static boolean quoted(String t, int start, int end) {
        int open = -1;
        for (int k = start - 1; k >= Math.max(0, start - 60); k--) {
            char c = t.charAt(k);
            if (c == '"' || c == '\u201c' || c == '\u00ab' || c == '`' || c == '\u2018') {
                open = k;
                break;
            }
            if (c == '\n') break;
        }
        if (open < 0) return false;
        int limit = Math.min(t.length(), end + 200);
        for (int k = end; k < limit; k++) {
            char c = t.charAt(k);
            if (c == '"' || c == '\u201d' || c == '\u00bb' || c == '`' || c == '\u2019') return true;
        }
        return false;
    }

    static double round(double score) {
        return Math.round(score * 100) / 100.0;
    }
}
