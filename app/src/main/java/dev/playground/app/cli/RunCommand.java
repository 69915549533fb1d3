package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(names = "--provider", paramLabel = "KIND", defaultValue = "openai-compatible",
            description = "openai-compatible (default) or dry-run (print the request, call nothing).")
    String provider;

    @Option(names = "--base-url", paramLabel = "URL", description = "Server base URL, e.g. http://localhost:11434/v1.")
    String baseUrl;

    @Option(names = "--model", paramLabel = "M", description = "Model name.")
    String model;

    @Option(names = "--api-key-env", paramLabel = "VAR", defaultValue = "OPENAI_API_KEY",
            description = "Environment variable holding the API key (default: ${DEFAULT-VALUE}).")
    String apiKeyEnv;

    @Option(names = "--temperature", paramLabel = "T", description = "Sampling temperature.")
    Double temperature;

    @Option(names = "--max-tokens", paramLabel = "N", description = "Maximum output tokens.")
    Integer maxTokens;

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
        CompletionRequest request = new CompletionRequest(connection(), model, settings(), messages);
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
            result = root.context().gateway().stream(request, listener).result().get();
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
        ProviderKind kind;
        try {
            kind = ProviderKind.fromCliName(provider);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        if (kind == ProviderKind.DRY_RUN) return Connection.dryRun();
        if (baseUrl == null || baseUrl.isBlank()) throw new BadInputException("--base-url is required for " + provider + " (e.g. http://localhost:11434/v1).");
        if (model == null || model.isBlank()) throw new BadInputException("--model is required for " + provider + ".");
        return new Connection("cli", "command line", kind, baseUrl, apiKeyEnv, model);
    }

    private ModelSettings settings() {
        ModelSettings settings = ModelSettings.DEFAULTS.withTemperature(null).withMaxTokens(null);
        if (temperature != null) settings = settings.withTemperature(temperature);
        if (maxTokens != null) settings = settings.withMaxTokens(maxTokens);
        return settings;
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
