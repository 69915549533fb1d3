package dev.playground.engine.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.metrics.JsonSchemaValidator;
import io.modelcontextprotocol.json.schema.JsonSchemaValidator.ValidationResponse;
import java.util.List;
import java.util.Map;

/**
 * The MCP SDK's schema check (of a tool's structured output) done by the validator the engine already uses, so the
 * SDK never loads its own (which needs a newer networknt than ours; decision 0094).
 */
final class McpSchemaCheck implements io.modelcontextprotocol.json.schema.JsonSchemaValidator {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public ValidationResponse validate(Map<String, Object> schema, Object structuredContent) {
        try {
            JsonNode value = JSON.valueToTree(structuredContent);
            List<String> problems = new JsonSchemaValidator(JSON.valueToTree(schema)).validate(value);
            return problems.isEmpty() ? ValidationResponse.asValid(JSON.writeValueAsString(value))
                    : ValidationResponse.asInvalid("The tool's structured output does not match its schema: " + String.join("; ", problems));
        } catch (Exception e) {
            return ValidationResponse.asInvalid("The tool's output schema cannot be used: " + e.getMessage());
        }
    }
}
