package dev.playground.engine.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words or phrases the user does not want in prompts or answers: whole words, any case, with or without accents. */
public final class BannedWordsRail implements Rail {
    public static final String NAME = "banned";

    private final List<String> terms;
    private final Pattern pattern;

    public BannedWordsRail(List<String> terms) {
        this.terms = terms.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        this.pattern = this.terms.isEmpty() ? null : Pattern.compile(this.terms.stream()
                .map(t -> Normalized.of(t).text()).map(t -> Pattern.quote(t).replace(" ", "\\E\\s+\\Q"))
                .reduce((a, b) -> a + "|" + b).map(a -> "(?<![\\p{L}\\p{N}])(?:" + a + ")(?![\\p{L}\\p{N}])").orElseThrow());
    }

    public List<String> terms() {
        return terms;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<GuardFinding> check(String text) {
        if (pattern == null) return List.of();
        Normalized norm = Normalized.of(text);
        List<GuardFinding> found = new ArrayList<>();
        Matcher m = pattern.matcher(norm.text());
        while (m.find()) {
            int start = norm.original(m.start());
            int end = norm.originalEnd(m.end());
            found.add(new GuardFinding(NAME, "BANNED_WORD", start, end, text.substring(start, end), 1.0, "on the banned list"));
        }
        return found;
    }
}
