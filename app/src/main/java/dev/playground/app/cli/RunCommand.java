package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.SettingsRanges;
import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.provider.GatewayPolicy;
import dev.playground.engine.provider.ModelGateway;
import dev.playground.engine.run.PromptRunRequest;
import dev.playground.engine.run.RunListener;
import dev.playground.engine.run.RunOutcome;
import dev.playground.engine.run.RunProblem;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code playground run PROMPT --var k=v …}: a thin adapter over the engine's prompt-run service. PROMPT
 * is a prompt file or a saved version (NAME, NAME/3, NAME@alias); its own model and parameters apply
 * unless an option overrides them.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a prompt file or a saved prompt version (NAME, NAME/3, NAME@alias) and stream the model's answer to standard output; "
                + "latency, tokens, cost and sources go to standard error.")
final class RunCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "PROMPT",
            description = "A prompt file (.prompt.yaml, .prompty, or plain text as one user message), or a saved version: NAME, NAME/3, NAME@alias. "
                    + "An existing file of that name wins.")
    String prompt;

    @Option(names = "--var", paramLabel = "NAME=VALUE", description = "A variable value; repeat for each variable (overrides the prompt's saved values).")
    Map<String, String> variables = new LinkedHashMap<>();

    @Mixin ConnectionOptions target;

    @Mixin ToolOptions tools;

    @Option(names = "--collection", paramLabel = "NAME",
            description = "Fill {{context}} from this document collection (queried with the user message) and list the sources with their [n].")
    String collection;

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

    @Option(names = "--guard", paramLabel = "RAIL=ACTION,…",
            description = "Guardrails for this command, e.g. pii=mask,injection=block (actions flag, mask, block). A blocked call is logged and not sent; exit 1.")
    String guard;


    @Option(names = "--json", description = "Print one JSON object with the answer, latency and usage instead of streaming.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunTarget run = RunTarget.resolve(prompt, () -> root.context().store());
        PromptDocument document = run.document();
        String chosenModel = model != null && !model.isBlank() ? model.strip() : document.model();
        Connection connection = connection(root, chosenModel, document);
        applyPolicy(root, connection);
        ModelSettings own = run.ownSettings() ? document.settings() : ModelSettings.of(null, null);
        Map<String, String> values = new LinkedHashMap<>(document.variables());
        values.putAll(variables);
        PromptRunRequest request = new PromptRunRequest(document.template(), values, retrieval(document), connection,
                chosenModel, own.overriddenBy(settings()), run.logName()).withLabel(run.label());
        if (tools.used(document.tools())) {
            try {
                return ToolRunner.run(root.context(), request, document.tools(), tools, json, out, err);
            } catch (TemplateException | RunProblem e) {
                throw inputProblem(e);
            }
        }
        RunOutcome outcome;
        try {
            outcome = root.context().runs().start(request, new RunListener() {
                @Override
                public void onToken(String token) {
                    if (!json) {
                        out.print(token);
                        out.flush();
                    }
                }
            }).outcome().get();
        } catch (ExecutionException e) {
            throw inputProblem(e.getCause());
        }
        if (outcome.failed()) {
            if (!json) out.println();
            out.flush();
            // A cancelled call is no error (and Ctrl+C is ending the process): no alert check then.
            if (outcome.error().kind() != dev.playground.engine.model.ProviderException.Kind.CANCELLED) {
                printAlerts(root, err);
            }
            throw outcome.error();
        }
        printAlerts(root, err);
        Double cost = root.context().pricing().usd(connection.kind(), outcome.request().model(), outcome.result().usage());
        if (json) {
            out.println(RunOutput.json(outcome, cost));
        } else {
            out.println();
            err.println(summary(outcome.result()) + (cost == null ? "" : String.format(Locale.ROOT, " · cost $%.6f", cost)));
            RunOutput.printSources(err, outcome);
        }
        return 0;
    }

    /** The saved or described connection; a model must come from an option, the prompt or the connection. */
    private Connection connection(PlaygroundCommand root, String chosenModel, PromptDocument document) {
        Connection connection = target.resolve(root.context().connections(), chosenModel, document.connectionId());
        if (!target.dryRun() && chosenModel.isBlank() && connection.defaultModel().isBlank()) {
            throw new BadInputException("--model is required: neither " + prompt + " nor the connection '" + connection.name() + "' names a model.");
        }
        return connection;
    }

    /** --collection wins; else the prompt's own retrieval settings (a saved version may have them on). */
    private RetrievalSettings retrieval(PromptDocument document) {
        if (collection == null) return document.retrieval();
        if (collection.isBlank()) throw new BadInputException("--collection needs a collection name (see 'playground index --help').");
        RetrievalSettings own = document.retrieval();
        return new RetrievalSettings(collection.strip(), own.queryVariable(), own.topK(), own.minScore(), own.chunkFormat());
    }

    /** What stopped the run before anything was sent, worded for the command line. */
    private Exception inputProblem(Throwable cause) {
        if (cause instanceof MissingVariablesException e) return new BadInputException(e.getMessage());
        if (cause instanceof TemplateException e) return new BadInputException(prompt + ": " + e.describe());
        if (cause instanceof RunProblem e) return new BadInputException(prompt + ": " + e.getMessage());
        return cause instanceof Exception e ? e : new IllegalStateException(cause);
    }

    private void applyPolicy(PlaygroundCommand root, Connection connection) {
        ModelGateway gateway = root.context().gateway();
        GatewayPolicy policy = gateway.policy(connection.id());
        if (retries != null) {
            if (retries < 0) throw new BadInputException("--retries must be 0 or more.");
            policy = policy.withRetries(retries, policy.initialBackoff(), policy.maxBackoff());
        }
        gateway.setPolicy(connection.id(), policy);
        CallTimeout.apply(gateway, connection.id(), timeoutSeconds);
        GuardOption.apply(gateway, connection, guard);
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
                + result.usage().inputTokens() + ", out " + result.usage().outputTokens() + (result.usage().reported() ? "" : " (counted locally)")
                + (result.tokensPerSecond() > 0 ? String.format(Locale.ROOT, " · %.1f tokens/s", result.tokensPerSecond()) : "");
    }

    private static String millis(Duration duration) {
        return duration == null ? "-" : duration.toMillis() + " ms";
    }

    /** The alert limits this run's log now passes, one line each on standard error; checking never fails the run. */
    private static void printAlerts(PlaygroundCommand root, PrintWriter err) {
        try {
            for (var alert : root.context().alerts()) err.println(MonitorAlertsCommand.line(alert));
            err.flush();
        } catch (RuntimeException e) {
            // the answer matters more than the alert check
        }
    }
}
