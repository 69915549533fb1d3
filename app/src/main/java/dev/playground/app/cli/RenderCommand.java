package dev.playground.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tokens.TokenReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground render FILE --var k=v … | --vars values.json [--json]}: shows exactly what would be sent. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = {"Render the prompt in FILE (.prompty, .prompt.yaml or plain text) and print each message with its role and token count.",
                "Values saved in the file are used for variables not given here. A template error exits with code 2 and names the line and column."})
final class RenderCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Prompt file.")
    Path file;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A variable value; repeat for each variable. Dotted names fill fields: user.name=Ana.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Option(names = "--vars", paramLabel = "FILE.json", description = "A JSON object of variable values (lists and objects allowed); --var wins over it.")
    Path valuesFile;

    @Option(names = "--model", paramLabel = "M", description = "Count tokens with this model's tokenizer (default: the file's model, else gpt-4o).")
    String model;

    @Option(names = "--json", description = "Print one JSON object: the messages with per-message tokens, and the total.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PromptFile prompt = TemplateFiles.readPrompt(file);
        Map<String, Object> values = new LinkedHashMap<>(prompt.document().variables());
        if (valuesFile != null) values.putAll(readValues(valuesFile));
        values.putAll(variables);

        List<RenderedMessage> messages;
        try {
            messages = new TemplateRenderer().render(prompt.document().template(), values);
        } catch (MissingVariablesException e) {
            throw new BadInputException(e.getMessage());
        } catch (TemplateException e) {
            throw new BadInputException(file + ": " + e.describe());
        }
        String countingModel = model != null && !model.isBlank() ? model : prompt.document().model().isBlank() ? "gpt-4o" : prompt.document().model();
        TokenReport tokens = new TokenCounter().count(messages, countingModel);
        out.print(json ? toJson(messages, tokens, countingModel) + "\n" : toText(messages, tokens, countingModel));
        out.flush();
        return 0;
    }

    private static Map<String, Object> readValues(Path path) {
        JsonNode node;
        try {
            node = CliJson.MAPPER.readTree(dev.playground.engine.prompt.file.PromptFiles.readBounded(path));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new BadInputException("No such values file: " + path);
        } catch (dev.playground.engine.prompt.file.PromptFileException e) {
            throw new BadInputException(e.getMessage());
        } catch (IOException e) {
            throw new BadInputException(path + " is not valid JSON: " + e.getMessage().lines().findFirst().orElse("") + ".");
        }
        if (node == null || !node.isObject()) {
            throw new BadInputException(path + " must hold one JSON object, like {\"question\": \"...\", \"examples\": [...]}.");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = CliJson.MAPPER.convertValue(node, Map.class);
        return values;
    }

    private static String toText(List<RenderedMessage> messages, TokenReport tokens, String model) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < messages.size(); i++) {
            RenderedMessage message = messages.get(i);
            text.append("── ").append(message.role().wireName()).append(" · ").append(tokens.perMessage().get(i)).append(" tokens\n");
            text.append(message.text());
            if (!message.text().endsWith("\n")) text.append('\n');
            text.append('\n');
        }
        text.append("Total: ").append(tokens.total()).append(" tokens (").append(model).append(", ").append(tokens.encoding());
        text.append(tokens.estimate() ? "; estimate: this model's tokenizer is unknown)" : ")").append('\n');
        return text.toString();
    }

    private static String toJson(List<RenderedMessage> messages, TokenReport tokens, String model) throws IOException {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("model", model);
        root.put("encoding", tokens.encoding());
        root.put("estimate", tokens.estimate());
        ArrayNode list = root.putArray("messages");
        for (int i = 0; i < messages.size(); i++) {
            ObjectNode message = list.addObject();
            message.put("role", messages.get(i).role().wireName());
            message.put("content", messages.get(i).text());
            message.put("tokens", tokens.perMessage().get(i));
        }
        root.put("totalTokens", tokens.total());
        return CliJson.MAPPER.writeValueAsString(root);
    }
}
