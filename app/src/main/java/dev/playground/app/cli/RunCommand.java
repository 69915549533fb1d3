package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.SettingsRanges;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground run FILE --var k=v …}: renders the template and streams the answer. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Render the prompt in FILE and stream the model's answer to standard output; latency and tokens go to standard error.")
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Prompt file (plain text is one user message).")
    Path file;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A variable value; repeat for each variable.")
    Map<String, String> variables = new LinkedHashMap<>();

    @Mixin ConnectionOptions target;

    @Option(names = "--model", paramLabel = "M", description = "Model name.")
    String model;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature.")
    Double temperature;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Maximum output tokens.")
    Integer maxTokens;

    @Option(names = "--top-p", paramLabel = "P", description = "Nucleus sampling: keep the most likely tokens up to this probability mass.")
    Double topP;

    @Option(names = "--top-k", paramLabel = "K", description = "Sample only from the K most likely tokens (not OpenAI).")
    Integer topK;

    @Option(names = "--stop", paramLabel = "TEXT", description = "A stop sequence; repeat for several.")
    List<String> stop = new ArrayList<>();

    @Option(names = "--seed", paramLabel = "N", description = "Seed for repeatable sampling (OpenAI, Gemini, Ollama).")
    Integer seed;

    @Option(names = "--presence-penalty", paramLabel = "X", description = "Penalty for tokens already present (OpenAI, Gemini).")
    Double presencePenalty;

    @Option(names = "--frequency-penalty", paramLabel = "X", description = "Penalty by how often a token appeared (OpenAI, Gemini).")
    Double frequencyPenalty;

    @Option(names = "--response-format", paramLabel = "FORMAT",
            description = "text (default), json (a JSON object), or @FILE with a JSON Schema the answer must follow.")
    String responseFormat;

    @Option(names = "--retries", paramLabel = "N", description = "Retries on 429/502/503/504 before any token arrived (default: 3).")
    Integer retries;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Total time the call may take, retries included (default: 300).")
    Integer timeoutSeconds;

    @Option(names = "--json", description = "Print one JSON object with the answer, latency and usage instead of streaming.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PromptTemplate template = TemplateFiles.read(file);
        List<RenderedMessage> messages;
        try {
            messages = root.context().renderer().render(template, variables);
        } catch (MissingVariablesException e) {
            throw new BadInputException(e.getMessage());
        } catch (TemplateException e) {
            throw new BadInputException(file + ": " + e.describe());
        }
        Connection connection = connection();
        applyPolicy(root, connection);
        CompletionRequest request = new CompletionRequest(connection, model, settings(), messages);
        CompletionListener listener = new CompletionListener() {
            @Override
            public void onToken(String token) {
                if (!json) {
                    out.print(token);
                    out.flush();
                }
            }

            @Override
            public void onComplete(CompletionResult result) {}

            @Override
            public void onError(ProviderException error, CompletionResult partial) {}
        };
        CompletionResult result;
        try {
            result = root.context().gateway().stream(request, listener, promptName()).result().get();
        } catch (ExecutionException e) {
            if (!json) out.println();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        if (json) {
            out.println(toJson(request, result));
        } else {
            out.println();
            err.println(summary(result));
        }
        return 0;
    }

    private Connection connection() {
        if (!target.dryRun() && (model == null || model.isBlank())) throw new BadInputException("--model is required for " + target.provider + ".");
        return target.connection(model);
    }

    private void applyPolicy(PlaygroundCommand root, Connection connection) {
        ModelGateway gateway = root.context().gateway();
        GatewayPolicy policy = gateway.policy(connection.id());
        if (retries != null) {
            if (retries < 0) throw new BadInputException("--retries must be 0 or more.");
            policy = policy.withRetries(retries, policy.initialBackoff(), policy.maxBackoff());
        }
        if (timeoutSeconds != null) {
            if (timeoutSeconds < 1) throw new BadInputException("--timeout must be at least 1 second.");
            Duration total = Duration.ofSeconds(timeoutSeconds);
            policy = policy.withTimeouts(policy.connectTimeout(),
                    policy.firstTokenTimeout().compareTo(total) > 0 ? total : policy.firstTokenTimeout(), total);
        }
        gateway.setPolicy(connection.id(), policy);
    }

    /** The run log's prompt name: the file name without its extension. */
    private String promptName() {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private ModelSettings settings() {
        return SettingsRanges.check(new ModelSettings(temperature, topP, topK, maxTokens, stop, seed, presencePenalty, frequencyPenalty,
                responseFormat()));
    }

    private String responseFormat() {
        if (responseFormat == null || responseFormat.isBlank() || responseFormat.equalsIgnoreCase("text")) return null;
        if (responseFormat.equalsIgnoreCase("json")) return "json";
        if (!responseFormat.startsWith("@")) {
            throw new BadInputException("--response-format takes text, json or @FILE (a JSON Schema file), not '" + responseFormat + "'.");
        }
        Path schemaFile = Path.of(responseFormat.substring(1));
        try {
            String schema = dev.playground.engine.prompt.file.PromptFiles.readBounded(schemaFile).strip();
            new ObjectMapper().readTree(schema);
            if (!schema.startsWith("{")) throw new BadInputException(schemaFile + " must hold a JSON Schema object ({...}).");
            return schema;
        } catch (java.io.IOException e) {
            throw new BadInputException("Cannot read the JSON Schema " + schemaFile + ": " + e.getMessage());
        }
    }

    static String summary(CompletionResult result) {
        return "latency " + millis(result.latency()) + " · first token " + millis(result.timeToFirstToken()) + " · tokens in "
                + result.usage().inputTokens() + ", out " + result.usage().outputTokens() + (result.usage().reported() ? "" : " (counted locally)");
    }

    private static String millis(Duration duration) {
        return duration == null ? "-" : duration.toMillis() + " ms";
    }

    private static String toJson(CompletionRequest request, CompletionResult result) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("answer", result.text());
        root.put("model", request.model());
        root.put("finishReason", result.finishReason());
        root.put("complete", result.complete());
        root.put("cached", result.cached());
        root.put("latencyMs", result.latency().toMillis());
        if (result.timeToFirstToken() != null) root.put("timeToFirstTokenMs", result.timeToFirstToken().toMillis());
        else root.putNull("timeToFirstTokenMs");
        ObjectNode usage = root.putObject("usage");
        usage.put("inputTokens", result.usage().inputTokens());
        usage.put("outputTokens", result.usage().outputTokens());
        usage.put("reported", result.usage().reported());
        return mapper.writeValueAsString(root);
    }
}
