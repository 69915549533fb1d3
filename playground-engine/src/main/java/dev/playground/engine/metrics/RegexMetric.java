package dev.playground.engine.metrics;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Passes when the pattern matches somewhere in the output (Java regex syntax). */
public final class RegexMetric implements Metric {
    private final Pattern pattern;

    public RegexMetric(String regex) {
        try {
            this.pattern = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("regex: '" + regex + "' is not a valid regular expression: " + e.getDescription()
                    + " near position " + e.getIndex() + ".", e);
        }
    }

    @Override
    public String name() {
        return "regex:" + pattern.pattern();
    }

    @Override
    public Score evaluate(MetricInput input) {
        Matcher matcher = pattern.matcher(input.output());
        if (matcher.find()) return Score.ofPass(name(), true, "matched \"" + abbreviate(matcher.group()) + "\"");
        return Score.ofPass(name(), false, "no match");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }
}
