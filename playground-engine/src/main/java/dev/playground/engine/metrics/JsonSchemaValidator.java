package dev.playground.engine.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a JSON value against the JSON Schema keywords structured answers use in practice: type,
 * enum, const, properties, required, additionalProperties, items, min/maxItems, uniqueItems,
 * min/maxLength, pattern, minimum/maximum (and the exclusive forms), multipleOf, allOf, anyOf,
 * oneOf, not, and local {@code $ref}s ("#/$defs/x", "#/definitions/x"). Unknown keywords are ignored,
 * as the specification says. Each violation names the JSON Pointer of the offending value.
 */
public final class JsonSchemaValidator {
    private final JsonNode root;

    public JsonSchemaValidator(JsonNode schema) {
        this.root = schema;
    }

    public List<String> validate(JsonNode value) {
        List<String> problems = new ArrayList<>();
        check(root, value, "", problems, 0);
        return problems;
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> problems, int depth) {
        if (depth > 64) {
            problems.add(at(path) + "schema nests too deeply (a $ref loop?)");
            return;
        }
        if (schema.isBoolean()) {
            if (!schema.asBoolean()) problems.add(at(path) + "no value is allowed here");
            return;
        }
        if (!schema.isObject()) return;
        if (schema.has("$ref")) {
            JsonNode target = resolve(schema.get("$ref").asText());
            if (target == null) problems.add(at(path) + "the schema refers to " + schema.get("$ref").asText() + ", which it does not define");
            else check(target, value, path, problems, depth + 1);
        }
        checkType(schema, value, path, problems);
        if (schema.has("enum")) {
            boolean found = false;
            for (JsonNode option : schema.get("enum")) found |= jsonEquals(option, value);
            if (!found) problems.add(at(path) + "must be one of " + schema.get("enum"));
        }
        if (schema.has("const") && !jsonEquals(schema.get("const"), value)) problems.add(at(path) + "must be " + schema.get("const"));
        if (value.isObject()) checkObject(schema, value, path, problems, depth);
        if (value.isArray()) checkArray(schema, value, path, problems, depth);
        if (value.isTextual()) checkString(schema, value.asText(), path, problems);
        if (value.isNumber()) checkNumber(schema, value.decimalValue().doubleValue(), path, problems);
        checkCombinators(schema, value, path, problems, depth);
    }

    private void checkType(JsonNode schema, JsonNode value, String path, List<String> problems) {
        JsonNode type = schema.get("type");
        if (type == null) return;
        List<String> allowed = new ArrayList<>();
        if (type.isArray()) type.forEach(t -> allowed.add(t.asText()));
        else allowed.add(type.asText());
        for (String t : allowed) if (hasType(value, t)) return;
        problems.add(at(path) + "must be " + String.join(" or ", allowed) + ", found " + typeOf(value));
    }

    private void checkObject(JsonNode schema, JsonNode value, String path, List<String> problems, int depth) {
        JsonNode required = schema.get("required");
        if (required != null && required.isArray()) {
            for (JsonNode name : required) {
                if (!value.has(name.asText())) problems.add(at(path) + "missing required property \"" + name.asText() + "\"");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.get("additionalProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String childPath = path + "/" + escape(field.getKey());
            if (properties.has(field.getKey())) {
                check(properties.get(field.getKey()), field.getValue(), childPath, problems, depth + 1);
            } else if (additional != null) {
                if (additional.isBoolean() && !additional.asBoolean()) problems.add(at(path) + "property \"" + field.getKey() + "\" is not allowed");
                else check(additional, field.getValue(), childPath, problems, depth + 1);
            }
        }
        if (schema.has("minProperties") && value.size() < schema.get("minProperties").asInt()) problems.add(at(path) + "needs at least " + schema.get("minProperties").asInt() + " properties");
        if (schema.has("maxProperties") && value.size() > schema.get("maxProperties").asInt()) problems.add(at(path) + "allows at most " + schema.get("maxProperties").asInt() + " properties");
    }

    private void checkArray(JsonNode schema, JsonNode value, String path, List<String> problems, int depth) {
        JsonNode items = schema.get("items");
        if (items != null && (items.isObject() || items.isBoolean())) {
            for (int i = 0; i < value.size(); i++) check(items, value.get(i), path + "/" + i, problems, depth + 1);
        }
        if (schema.has("minItems") && value.size() < schema.get("minItems").asInt()) problems.add(at(path) + "needs at least " + schema.get("minItems").asInt() + " items, has " + value.size());
        if (schema.has("maxItems") && value.size() > schema.get("maxItems").asInt()) problems.add(at(path) + "allows at most " + schema.get("maxItems").asInt() + " items, has " + value.size());
        if (schema.path("uniqueItems").asBoolean(false)) {
            Set<JsonNode> seen = new HashSet<>();
            for (JsonNode item : value) {
                if (!seen.add(item)) {
                    problems.add(at(path) + "items must be unique; " + item + " repeats");
                    break;
                }
            }
        }
    }

    private static void checkString(JsonNode schema, String text, String path, List<String> problems) {
        int length = text.codePointCount(0, text.length());
        if (schema.has("minLength") && length < schema.get("minLength").asInt()) problems.add(at(path) + "must be at least " + schema.get("minLength").asInt() + " characters");
        if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) problems.add(at(path) + "must be at most " + schema.get("maxLength").asInt() + " characters");
        if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
            problems.add(at(path) + "must match the pattern " + schema.get("pattern").asText());
        }
    }

    private static void checkNumber(JsonNode schema, double number, String path, List<String> problems) {
        if (schema.has("minimum") && number < schema.get("minimum").asDouble()) problems.add(at(path) + "must be ≥ " + schema.get("minimum"));
        if (schema.has("maximum") && number > schema.get("maximum").asDouble()) problems.add(at(path) + "must be ≤ " + schema.get("maximum"));
        JsonNode exMin = schema.get("exclusiveMinimum");
        if (exMin != null && exMin.isNumber() && number <= exMin.asDouble()) problems.add(at(path) + "must be > " + exMin);
        JsonNode exMax = schema.get("exclusiveMaximum");
        if (exMax != null && exMax.isNumber() && number >= exMax.asDouble()) problems.add(at(path) + "must be < " + exMax);
        if (schema.has("multipleOf")) {
            double divisor = schema.get("multipleOf").asDouble();
            double quotient = number / divisor;
            if (divisor > 0 && Math.abs(quotient - Math.rint(quotient)) > 1e-9) problems.add(at(path) + "must be a multiple of " + schema.get("multipleOf"));
        }
    }

    private void checkCombinators(JsonNode schema, JsonNode value, String path, List<String> problems, int depth) {
        if (schema.has("allOf")) for (JsonNode part : schema.get("allOf")) check(part, value, path, problems, depth + 1);
        if (schema.has("anyOf")) {
            int passing = countPassing(schema.get("anyOf"), value, depth);
            if (passing == 0) problems.add(at(path) + "matches none of the anyOf alternatives");
        }
        if (schema.has("oneOf")) {
            int passing = countPassing(schema.get("oneOf"), value, depth);
            if (passing != 1) problems.add(at(path) + "must match exactly one oneOf alternative, matches " + passing);
        }
        if (schema.has("not")) {
            List<String> inner = new ArrayList<>();
            check(schema.get("not"), value, path, inner, depth + 1);
            if (inner.isEmpty()) problems.add(at(path) + "must not match the 'not' schema");
        }
    }

    private int countPassing(JsonNode alternatives, JsonNode value, int depth) {
        int passing = 0;
        for (JsonNode alternative : alternatives) {
            List<String> inner = new ArrayList<>();
            check(alternative, value, "", inner, depth + 1);
            if (inner.isEmpty()) passing++;
        }
        return passing;
    }

    private JsonNode resolve(String ref) {
        if (!ref.startsWith("#")) return null;
        JsonNode target = root.at(ref.substring(1));
        return target.isMissingNode() ? null : target;
    }

    private static boolean hasType(JsonNode value, String type) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "null" -> value.isNull();
            case "number" -> value.isNumber();
            // 1.0 is an integer too (JSON Schema draft 6 onwards).
            case "integer" -> value.isIntegralNumber() || (value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0);
            default -> true;
        };
    }

    private static String typeOf(JsonNode value) {
        if (value.isObject()) return "an object";
        if (value.isArray()) return "an array";
        if (value.isTextual()) return "a string";
        if (value.isBoolean()) return "a boolean";
        if (value.isNull()) return "null";
        if (value.isIntegralNumber()) return "an integer";
        return "a number";
    }

    /** Numbers compare by value (1 equals 1.0), as JSON Schema requires. */
    private static boolean jsonEquals(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) return a.decimalValue().compareTo(b.decimalValue()) == 0;
        return a.equals(b);
    }

    private static String at(String path) {
        return (path.isEmpty() ? "(root)" : path) + ": ";
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
