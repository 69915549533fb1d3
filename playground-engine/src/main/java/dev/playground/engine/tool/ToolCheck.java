package dev.playground.engine.tool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.metrics.JsonSchemaValidator;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a prompt's tools the way providers will: names they accept, unique, parameters that are a JSON Schema of an
 * object (checked against the JSON Schema 2020-12 meta-schema by networknt's validator, offline) and a tool choice that
 * names one of them. Also checks a call's arguments against its tool's schema. Every problem is one plain sentence.
 */
public final class ToolCheck {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile JsonSchemaValidator metaSchema;

    private ToolCheck() {}

    /** Everything wrong with {@code tools}; empty when they can be sent. */
    public static List<String> problems(ToolSet tools) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int index = 1;
        for (ToolDefinition tool : tools.tools()) {
            String name = tool.name();
            if (name.isEmpty()) problems.add("Tool " + index + " has no name: give it one (letters, digits, _ or -).");
            else if (!NAME.matcher(name).matches()) {
                problems.add("The tool name '" + name + "' may only use letters, digits, _ and - (at most 64 characters).");
            } else if (ToolChoice.reserved(name)) {
                problems.add("'" + name + "' cannot be a tool's name: it is a tool choice word (auto, none, required). Rename the tool.");
            } else if (!seen.add(name)) {
                problems.add("Two tools are named '" + name + "': rename one.");
            }
            problems.addAll(schemaProblems(tool));
            index++;
        }
        ToolChoice choice = tools.choice();
        if (choice.mode() == ToolChoice.Mode.NAMED && tools.find(choice.tool()).isEmpty()) {
            problems.add("The tool choice names '" + choice.tool() + "', which is not one of the tools"
                    + (tools.isEmpty() ? "" : " (" + String.join(", ", tools.tools().stream().map(ToolDefinition::name).toList()) + ")")
                    + ". Choose auto, none, required or one of them.");
        }
        if (tools.isEmpty() && choice.mode() == ToolChoice.Mode.REQUIRED) {
            problems.add("The tool choice is 'required' but the prompt has no tools: add one or choose auto.");
        }
        return problems;
    }

    /** What is wrong with one tool's parameters. */
    public static List<String> schemaProblems(ToolDefinition tool) {
        String who = "The parameters of '" + (tool.name().isEmpty() ? "?" : tool.name()) + "'";
        JsonNode schema;
        try {
            schema = JSON.readTree(tool.parameters());
        } catch (IOException e) {
            return List.of(who + " are not valid JSON: " + plain(e) + ".");
        }
        if (schema == null || !schema.isObject() || !"object".equals(schema.path("type").asText())) {
            return List.of(who + " must be a JSON Schema of an object, like {\"type\": \"object\", \"properties\": {...}}.");
        }
        List<String> problems = new ArrayList<>();
        for (String problem : meta().validate(schema)) problems.add(who + " are not a valid JSON Schema: " + problem + ".");
        if (!problems.isEmpty()) return problems;
        try {
            new JsonSchemaValidator(schema);
        } catch (IllegalArgumentException e) {
            problems.add(who + ": " + e.getMessage());
        }
        return problems;
    }

    /** What is wrong with the arguments a model sent for {@code tool}; empty when they match its schema. */
    public static List<String> argumentProblems(ToolDefinition tool, String arguments) {
        JsonNode value;
        try {
            value = JSON.readTree(arguments == null || arguments.isBlank() ? "{}" : arguments);
        } catch (IOException e) {
            return List.of("the arguments are not valid JSON: " + plain(e));
        }
        try {
            return new JsonSchemaValidator(JSON.readTree(tool.parameters())).validate(value);
        } catch (IOException | IllegalArgumentException e) {
            return List.of("the tool's own parameters schema cannot be used; fix the tool first");
        }
    }

    /** Parses a tool's parameters, or a plain IllegalArgumentException. */
    public static JsonNode parameters(ToolDefinition tool) {
        try {
            return JSON.readTree(tool.parameters());
        } catch (IOException e) {
            throw new IllegalArgumentException("The parameters of '" + tool.name() + "' are not valid JSON: " + plain(e) + ".");
        }
    }

    private static JsonSchemaValidator meta() {
        JsonSchemaValidator known = metaSchema;
        if (known != null) return known;
        // The meta-schema networknt ships (its $refs to the vocabularies resolve on the class path, never the network).
        try (InputStream in = JsonSchemaValidator.class.getClassLoader().getResourceAsStream("draft/2020-12/schema")) {
            if (in == null) throw new IllegalStateException("the JSON Schema 2020-12 meta-schema is missing from the class path");
            known = new JsonSchemaValidator(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        metaSchema = known;
        return known;
    }

    private static String plain(IOException e) {
        String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        int newline = message == null ? -1 : message.indexOf('\n');
        return message == null ? "unreadable" : newline < 0 ? message : message.substring(0, newline);
    }
}
