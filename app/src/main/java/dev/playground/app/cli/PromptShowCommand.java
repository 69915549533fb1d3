package dev.playground.app.cli;

import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.store.LocalStore;
import dev.playground.store.PromptVersion;
import java.io.PrintWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code playground prompt show NAME[@ALIAS|/VERSION]}: one version in full, with its history line. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show a prompt version: NAME (latest), NAME/3 or NAME@alias.")
final class PromptShowCommand implements Callable<Integer> {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME[@ALIAS|/VERSION]")
    String reference;

    @Override
    public Integer call() {
        LocalStore store = PromptCommand.root(spec).context().store();
        PromptVersion version = PromptRef.parse(reference).resolve(store);
        Map<String, Integer> aliases = store.aliases().aliases(version.promptName());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s version %d of %d%n", version.promptName(), version.version(), store.prompts().latest(version.promptName())
                .map(PromptVersion::version).orElse(version.version()));
        out.printf("saved:    %s UTC by %s%n", WHEN.format(version.createdAt()), version.author());
        out.printf("message:  %s%n", version.commitMessage());
        List<String> here = aliases.entrySet().stream().filter(e -> e.getValue() == version.version()).map(Map.Entry::getKey).toList();
        if (!here.isEmpty()) out.printf("aliases:  %s%n", String.join(", ", here));
        if (!aliases.isEmpty()) out.printf("all aliases: %s%n", aliases);
        store.prompts().summary(version.promptName()).filter(s -> !s.tags().isEmpty())
                .ifPresent(s -> out.printf("tags:     %s%n", String.join(", ", s.tags())));
        if (!version.tags().isEmpty()) out.printf("version tags: %s%n", String.join(", ", version.tags()));
        var document = version.document();
        if (!document.model().isEmpty()) out.printf("model:    %s%s%n", document.model(),
                document.connectionId().isEmpty() ? "" : " (connection " + document.connectionId() + ")");
        out.printf("settings: %s%n", settings(document.settings()));
        for (PromptMessage message : document.template().messages()) {
            out.printf("%n[%s]%n%s%n", message.role().wireName(), message.template());
        }
        if (!document.testInputs().isEmpty()) out.printf("%ntest inputs: %s%n", String.join(", ", document.testInputs().keySet()));
        return 0;
    }

    private static String settings(ModelSettings s) {
        StringBuilder text = new StringBuilder();
        append(text, "temperature", s.temperature());
        append(text, "top_p", s.topP());
        append(text, "top_k", s.topK());
        append(text, "max_tokens", s.maxTokens());
        append(text, "seed", s.seed());
        if (!s.stopSequences().isEmpty()) append(text, "stop", s.stopSequences());
        if (s.responseFormat() != null) append(text, "response_format", s.responseFormat().contains("{") ? "JSON schema" : s.responseFormat());
        return text.isEmpty() ? "provider defaults" : text.toString();
    }

    private static void append(StringBuilder text, String name, Object value) {
        if (value == null) return;
        if (!text.isEmpty()) text.append(", ");
        text.append(name).append('=').append(value);
    }
}
