package dev.playground.engine.prompt;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.ResourceLocator;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders prompt templates with a Jinja-compatible engine, sandboxed: no includes or imports
 * from disk or class path, bounded output size, loop ranges and recursion.
 */
public final class TemplateRenderer {
    private static final long MAX_OUTPUT_CHARS = 2_000_000;

    private final Jinjava jinjava;

    public TemplateRenderer() {
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(false)
                .withMaxOutputSize(MAX_OUTPUT_CHARS)
                .withMaxRenderDepth(10)
                .withMaxMacroRecursionDepth(10)
                .withEnableRecursiveMacroCalls(false)
                .withRangeLimit(10_000)
                .withNestedInterpretationEnabled(false)
                .build();
        jinjava = new Jinjava(config);
        jinjava.setResourceLocator(new NoFilesLocator());
    }

    /** Renders every message; missing variables are reported together, before anything renders. */
    public List<RenderedMessage> render(PromptTemplate template, Map<String, ?> values) throws TemplateException {
        List<String> missing = TemplateVariables.of(template).stream().filter(v -> !values.containsKey(v)).toList();
        if (!missing.isEmpty()) throw new MissingVariablesException(missing);
        List<RenderedMessage> rendered = new ArrayList<>();
        for (int i = 0; i < template.messages().size(); i++) {
            PromptMessage message = template.messages().get(i);
            rendered.add(new RenderedMessage(message.role(), renderText(message.template(), values, i)));
        }
        return rendered;
    }

    private String renderText(String text, Map<String, ?> values, int messageIndex) throws TemplateException {
        RenderResult result = jinjava.renderForResult(text, Map.copyOf(values));
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) {
                throw new TemplateException(cleanMessage(error), messageIndex, Math.max(error.getLineno(), 0),
                        Math.max(error.getStartPosition(), 0));
            }
        }
        return result.getOutput();
    }

    private static String cleanMessage(TemplateError error) {
        String message = error.getMessage() == null ? "template error" : error.getMessage();
        int nested = message.indexOf(": ", message.indexOf("Exception"));
        return message.contains("Exception") && nested > 0 ? message.substring(nested + 2) : message;
    }

    /** Prompts are self-contained: {% include %} and {% import %} are refused. */
    private static final class NoFilesLocator implements ResourceLocator {
        @Override
        public String getString(String fullName, Charset encoding, com.hubspot.jinjava.interpret.JinjavaInterpreter interpreter)
                throws IOException {
            throw new IOException("Templates cannot include other files ('" + fullName + "').");
        }
    }
}
