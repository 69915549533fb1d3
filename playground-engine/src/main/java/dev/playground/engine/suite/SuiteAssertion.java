package dev.playground.engine.suite;

import dev.playground.engine.bundle.BundleFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One check of a suite, in promptfoo's shape: a {@code type} (negated by a {@code not-} prefix), a {@code value}
 * (text, a list, a JSON Schema, a rubric), an optional {@code threshold}, {@code weight} (default 1) and
 * {@code metric} name under which its score is reported. {@code assert-set} groups {@code children}. The map it was
 * read from is kept so a suite writes back what it read.
 */
public record SuiteAssertion(String type, boolean negated, Object value, Double threshold, double weight, String metric,
                             List<SuiteAssertion> children, Map<String, Object> source) {
    public SuiteAssertion {
        type = type == null ? "" : type;
        metric = metric == null ? "" : metric;
        children = children == null ? List.of() : List.copyOf(children);
        source = source == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(source));
    }

    /** The type as written, with its {@code not-} prefix. */
    public String code() {
        return (negated ? "not-" : "") + type;
    }

    /** The value as text: a string as is, a number as written, anything else (a schema, a list) as JSON. Empty when absent. */
    public String valueText() {
        if (value == null) return "";
        if (value instanceof String text) return text;
        if (value instanceof Number || value instanceof Boolean) return String.valueOf(value);
        return SuiteJson.write(value);
    }

    /** The value as a list of texts: a list's items, or the one value. */
    public List<String> valueList() {
        if (value instanceof List<?> list) return list.stream().map(item -> item instanceof String s ? s : SuiteJson.write(item)).toList();
        return value == null ? List.of() : List.of(valueText());
    }

    /** The name its score is reported under: the {@code metric} field, else the type. */
    public String reportName() {
        return metric.isEmpty() ? code() : metric;
    }

    /**
     * Reads one assertion from its parsed map; {@code where} names it for the user ("suites/a.suite.yaml, assertion 2").
     * An unknown type is refused: a type promptfoo knows but we do not run is read, and reported as not run later.
     */
    @SuppressWarnings("unchecked")
    public static SuiteAssertion read(Object raw, String where) throws BundleFileException {
        if (!(raw instanceof Map<?, ?> map)) {
            throw new BundleFileException(where + " is not an assertion: write it as a mapping such as {type: contains, value: Paris}.");
        }
        Map<String, Object> fields = (Map<String, Object>) map;
        Object typeField = fields.get("type");
        if (!(typeField instanceof String written) || written.isBlank()) {
            throw new BundleFileException(where + " has no 'type'. Give one such as contains, equals, regex, is-json, llm-rubric or Correctness.");
        }
        String code = written.strip();
        boolean negated = code.toLowerCase(Locale.ROOT).startsWith("not-");
        String type = AssertionTypes.canonical(negated ? code.substring(4) : code);
        if (!AssertionTypes.known(type)) {
            throw new UnknownAssertionType(where + " has type '" + code + "', which neither promptfoo nor Prompt Playground knows. Use one of: "
                    + AssertionTypes.HELP + " (any of them may start with not-).", code);
        }
        Double threshold = number(fields.get("threshold"), "threshold", where);
        Double weight = number(fields.get("weight"), "weight", where);
        if (weight != null && weight < 0) throw new BundleFileException(where + ": weight " + weight + " is negative; use 0 or more (default 1).");
        Object metric = fields.get("metric");
        List<SuiteAssertion> children = new ArrayList<>();
        if (type.equals(AssertionTypes.ASSERT_SET)) {
            if (!(fields.get("assert") instanceof List<?> list) || list.isEmpty()) {
                throw new BundleFileException(where + ": an assert-set needs an 'assert' list of the assertions it groups.");
            }
            int index = 0;
            for (Object child : list) children.add(read(child, where + ", assertion " + (++index) + " of the set"));
        }
        return new SuiteAssertion(type, negated, fields.get("value"), threshold, weight == null ? 1.0 : weight,
                metric == null ? "" : metric.toString(), children, fields);
    }

    /** Every assertion of a list, each named by its place. */
    public static List<SuiteAssertion> readAll(Object list, String where) throws BundleFileException {
        if (list == null) return List.of();
        if (!(list instanceof List<?> items)) throw new BundleFileException(where + ": 'assert' must be a list of assertions.");
        List<SuiteAssertion> out = new ArrayList<>();
        int index = 0;
        for (Object item : items) out.add(read(item, where + ", assertion " + (++index)));
        return out;
    }

    /** The assertion as written (its source map), or rebuilt from its fields. */
    public Map<String, Object> toMap() {
        if (!source.isEmpty()) return source;
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", code());
        if (value != null) out.put("value", value);
        if (threshold != null) out.put("threshold", threshold);
        if (weight != 1.0) out.put("weight", weight);
        if (!metric.isEmpty()) out.put("metric", metric);
        if (!children.isEmpty()) out.put("assert", children.stream().map(SuiteAssertion::toMap).toList());
        return out;
    }

    private static Double number(Object raw, String field, String where) throws BundleFileException {
        if (raw == null) return null;
        if (raw instanceof Number n) return n.doubleValue();
        try {
            return Double.parseDouble(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new BundleFileException(where + ": " + field + " '" + raw + "' is not a number.");
        }
    }
}
