package dev.playground.engine.tool;

import dev.playground.engine.model.ToolCall;
import dev.playground.engine.model.ToolSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Answers from text given for a tool ({@code --mock-tool NAME=TEXT} or {@code NAME=@FILE}) first, then from the
 * first answer saved with the tool in the prompt.
 */
public final class MockResponder implements ToolResponder {
    private final ToolSet tools;
    private final Map<String, String> given;

    public MockResponder(ToolSet tools, Map<String, String> given) {
        this.tools = tools;
        this.given = Map.copyOf(given);
    }

    @Override
    public Optional<ToolAnswer> answer(ToolCall call) {
        String text = given.get(call.name());
        if (text != null) return Optional.of(ToolAnswer.of(text, "mock"));
        return tools.find(call.name()).flatMap(t -> t.mock()).map(saved -> ToolAnswer.of(saved, "mock"));
    }

    /**
     * Reads {@code NAME=TEXT} and {@code NAME=@FILE} options (a file relative to {@code base}) into answers by tool.
     *
     * @throws IllegalArgumentException with a plain message for an option without "=" or a file that cannot be read
     */
    public static Map<String, String> parseOptions(Iterable<String> options, Path base) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String option : options) {
            int eq = option.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--mock-tool needs NAME=TEXT or NAME=@FILE, like --mock-tool get_weather='{\"tempC\": 21}'; got '"
                        + option + "'.");
            }
            String name = option.substring(0, eq).strip();
            String value = option.substring(eq + 1);
            if (value.startsWith("@")) {
                Path file = base.resolve(value.substring(1));
                try {
                    value = Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalArgumentException("The answer file for the tool '" + name + "' cannot be read: " + file
                            + ". Check the path after the @.");
                }
            }
            answers.put(name, value);
        }
        return answers;
    }
}
