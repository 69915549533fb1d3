package dev.playground.engine.provider;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import dev.langchain4j.model.chat.request.json.JsonRawSchema;
import dev.langchain4j.model.chat.request.json.JsonSchemaElement;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolResult;
import dev.playground.engine.model.ToolSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our tool definitions, calls and results as LangChain4j's, and back. A named tool choice is sent as "required" with
 * only that tool offered (every provider then has to call it). Each property schema goes as raw JSON, kept exactly,
 * except for adapters whose mapper only knows LangChain4j's typed elements (Gemini): those get {@link SchemaElements}.
 */
final class LangChainTools {
    private static final ObjectMapper JSON = new ObjectMapper();

    private LangChainTools() {}

    /**
     * Offers {@code tools} on {@code chat}. Without {@code choiceOnWire} (Ollama's API has no tool choice) "none" offers
     * no tools, a named tool is offered alone, and "required" is left to the model.
     */
    static ChatRequest.Builder offer(ChatRequest.Builder chat, ToolSet tools, boolean typedSchemas, boolean choiceOnWire) {
        if (tools.isEmpty()) return chat;
        ToolChoice choice = tools.choice();
        if (!choiceOnWire && choice.mode() == ToolChoice.Mode.NONE) return chat;
        List<ToolDefinition> offered = choice.mode() == ToolChoice.Mode.NAMED
                ? tools.tools().stream().filter(t -> t.name().equals(choice.tool())).toList()
                : tools.tools();
        if (offered.isEmpty()) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION, "The tool choice names '" + choice.tool()
                    + "', which is not one of the prompt's tools. Choose auto, none, required or one of its tools.");
        }
        List<ToolSpecification> specs = new ArrayList<>();
        for (ToolDefinition tool : offered) specs.add(specification(tool, typedSchemas));
        chat.toolSpecifications(specs);
        if (!choiceOnWire) return chat;
        chat.toolChoice(switch (choice.mode()) {
            case AUTO -> dev.langchain4j.model.chat.request.ToolChoice.AUTO;
            case NONE -> dev.langchain4j.model.chat.request.ToolChoice.NONE;
            case REQUIRED, NAMED -> dev.langchain4j.model.chat.request.ToolChoice.REQUIRED;
        });
        return chat;
    }

    static ToolSpecification specification(ToolDefinition tool, boolean typedSchemas) {
        JsonNode schema = parse(tool.parameters(), tool.name());
        JsonObjectSchema.Builder parameters = JsonObjectSchema.builder();
        Map<String, JsonSchemaElement> properties = new LinkedHashMap<>();
        schema.path("properties").properties().forEach(p -> properties.put(p.getKey(),
                typedSchemas ? SchemaElements.from(p.getValue()) : JsonRawSchema.from(p.getValue().toString())));
        parameters.addProperties(properties);
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        if (!required.isEmpty()) parameters.required(required);
        if (schema.has("additionalProperties") && schema.get("additionalProperties").isBoolean()) {
            parameters.additionalProperties(schema.get("additionalProperties").asBoolean());
        }
        ToolSpecification.Builder spec = ToolSpecification.builder().name(tool.name()).parameters(parameters.build());
        if (!tool.description().isEmpty()) spec.description(tool.description());
        return spec.build();
    }

    static List<ChatMessage> messages(List<RenderedMessage> messages) {
        List<ChatMessage> out = new ArrayList<>();
        for (RenderedMessage m : messages) {
            if (!m.toolResults().isEmpty()) {
                for (ToolResult result : m.toolResults()) out.add(ToolExecutionResultMessage.from(result.callId(), result.name(), result.text()));
                if (!m.text().isBlank()) out.add(UserMessage.from(m.text()));
                continue;
            }
            out.add(switch (m.role()) {
                case SYSTEM -> SystemMessage.from(m.text());
                case USER -> UserMessage.from(m.text());
                case ASSISTANT -> m.toolCalls().isEmpty() ? AiMessage.from(m.text()) : AiMessage.builder()
                        .text(m.text().isEmpty() ? null : m.text()).toolExecutionRequests(requests(m.toolCalls())).build();
            });
        }
        return out;
    }

    static List<ToolCall> calls(AiMessage message) {
        if (message == null || !message.hasToolExecutionRequests()) return List.of();
        return message.toolExecutionRequests().stream().map(r -> new ToolCall(r.id(), r.name(), r.arguments())).toList();
    }

    private static List<ToolExecutionRequest> requests(List<ToolCall> calls) {
        return calls.stream().map(c -> ToolExecutionRequest.builder().id(c.id()).name(c.name()).arguments(c.arguments()).build()).toList();
    }

    private static JsonNode parse(String schema, String tool) {
        try {
            return JSON.readTree(schema);
        } catch (java.io.IOException e) {
            throw new ProviderException(ProviderException.Kind.CONFIGURATION,
                    "The parameters of the tool '" + tool + "' are not valid JSON. Fix them in the prompt's tools.");
        }
    }
}
