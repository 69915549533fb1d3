package dev.playground.engine.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion.VersionFlag;
import com.networknt.schema.SpecVersionDetector;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.resource.ClasspathSchemaLoader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Checks a JSON value against a JSON Schema with networknt's json-schema-validator (draft 4 to
 * 2020-12, chosen by the schema's {@code $schema}, 2020-12 when it has none). Each violation names
 * the JSON Pointer of the offending value, in our words for the keywords answers use. The schema may
 * only refer to itself: a {@code $ref} to a URL or file is refused, never fetched.
 */
public final class JsonSchemaValidator {
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).locale(Locale.ENGLISH).build();

    private final JsonSchema schema;

    /** @throws IllegalArgumentException when the schema cannot be used (a $ref it does not define, a broken pattern…) */
    public JsonSchemaValidator(JsonNode schemaNode) {
        try {
            VersionFlag version = SpecVersionDetector.detectOptionalVersion(schemaNode, false).orElse(VersionFlag.V202012);
            // Only the meta-schemas the library ships (mapped to the class path); no network, no files.
            JsonSchemaFactory factory = JsonSchemaFactory.getInstance(version,
                    builder -> builder.schemaLoaders(loaders -> loaders.values(list -> {
                        list.clear();
                        list.add(new ClasspathSchemaLoader());
                    })));
            schema = factory.getSchema(schemaNode, CONFIG);
            schema.initializeValidators();
        } catch (JsonSchemaException e) {
            throw new IllegalArgumentException("The JSON Schema cannot be used: " + plain(e)
                    + ". It may only refer to its own definitions (\"#/$defs/name\").", e);
        } catch (StackOverflowError e) {
            throw new IllegalArgumentException("The JSON Schema cannot be used: its $refs refer to each other without end.");
        }
    }

    public List<String> validate(JsonNode value) {
        List<String> problems = new ArrayList<>();
        try {
            schema.validate(value).stream()
                    .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString()))
                    .forEach(m -> problems.add(at(m.getInstanceLocation().toString()) + describe(m)));
        } catch (StackOverflowError e) {
            // {"$ref": "#"} and the like: a loop that never reaches a keyword that checks anything.
            problems.add(at("") + "the schema's $refs refer to each other without end (a $ref loop)");
        }
        return problems;
    }

    private static String describe(ValidationMessage m) {
        JsonNode keyword = m.getSchemaNode();
        Object[] args = m.getArguments() == null ? new Object[0] : m.getArguments();
        return switch (m.getType()) {
            case "required" -> "missing required property \"" + args[0] + "\"";
            case "type" -> "must be " + types(keyword) + ", found " + typeOf(m.getInstanceNode());
            case "additionalProperties" -> "property \"" + m.getProperty() + "\" is not allowed";
            case "enum" -> "must be one of " + keyword;
            case "const" -> "must be " + keyword;
            case "minimum" -> "must be ≥ " + keyword;
            case "maximum" -> "must be ≤ " + keyword;
            case "exclusiveMinimum" -> "must be > " + keyword;
            case "exclusiveMaximum" -> "must be < " + keyword;
            case "multipleOf" -> "must be a multiple of " + keyword;
            case "minLength" -> "must be at least " + keyword + " characters";
            case "maxLength" -> "must be at most " + keyword + " characters";
            case "pattern" -> "must match the pattern " + keyword.asText();
            case "minItems" -> "needs at least " + keyword + " items, has " + m.getInstanceNode().size();
            case "maxItems" -> "allows at most " + keyword + " items, has " + m.getInstanceNode().size();
            case "uniqueItems" -> "items must be unique";
            case "minProperties" -> "needs at least " + keyword + " properties";
            case "maxProperties" -> "allows at most " + keyword + " properties";
            case "oneOf" -> "must match exactly one oneOf alternative, matches " + args[0];
            case "not" -> "must not match the 'not' schema";
            case "false" -> "no value is allowed here";
            // The library's own English for the rarer keywords, without its location prefix (ours is in front).
            default -> withoutLocation(m);
        };
    }

    private static String types(JsonNode type) {
        if (!type.isArray()) return type.asText();
        List<String> names = new ArrayList<>();
        type.forEach(t -> names.add(t.asText()));
        return String.join(" or ", names);
    }

    private static String typeOf(JsonNode value) {
        if (value == null) return "nothing";
        if (value.isObject()) return "an object";
        if (value.isArray()) return "an array";
        if (value.isTextual()) return "a string";
        if (value.isBoolean()) return "a boolean";
        if (value.isNull()) return "null";
        if (value.isIntegralNumber()) return "an integer";
        return "a number";
    }

    private static String withoutLocation(ValidationMessage m) {
        String message = m.getMessage();
        String prefix = m.getInstanceLocation() + ": ";
        return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
    }

    private static String plain(JsonSchemaException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String message = root.getMessage() == null ? e.getMessage() : root.getMessage();
        if (message == null) return "it is not a valid schema";
        int newline = message.indexOf('\n');
        message = newline < 0 ? message : message.substring(0, newline);
        return message.startsWith(": ") ? message.substring(2) : message;
    }

    private static String at(String path) {
        return (path.isEmpty() ? "(root)" : path) + ": ";
    }
}
