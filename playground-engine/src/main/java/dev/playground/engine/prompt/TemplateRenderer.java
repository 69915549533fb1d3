package dev.playground.engine.prompt;

import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.loader.ResourceLocator;
import com.hubspot.jinjava.tree.Node;
import dev.playground.engine.prompt.syntax.TemplateChecker;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.engine.prompt.syntax.TextPosition;
import java.io.IOException;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders prompt templates with a Jinja-compatible engine (jinjava), sandboxed: no includes or
 * imports from disk or class path, bounded output size, loop ranges, recursion and time. Syntax is
 * checked first by {@link TemplateChecker}, so errors name the exact line and column.
 */
public final class TemplateRenderer {
    public static final long MAX_OUTPUT_CHARS = 2_000_000;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    /** The deadline of the render running on this thread; jinjava calls back before each node. */
    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    private final Jinjava jinjava;
    private final Duration timeLimit;

    public TemplateRenderer() {
        this(DEFAULT_TIME_LIMIT);
    }

    public TemplateRenderer(Duration timeLimit) {
        this.timeLimit = timeLimit;
        JinjavaConfig config = JinjavaConfig.newBuilder()
                .withFailOnUnknownTokens(false)
                .withMaxOutputSize(MAX_OUTPUT_CHARS)
                .withMaxStringLength(MAX_OUTPUT_CHARS)
                .withMaxListSize(100_000)
                .withMaxMapSize(100_000)
                .withMaxRenderDepth(10)
                .withMaxMacroRecursionDepth(10)
                .withEnableRecursiveMacroCalls(false)
                .withRangeLimit(10_000)
                .withNestedInterpretationEnabled(false)
                .withNodePreProcessor(TemplateRenderer::checkDeadline)
                .build();
        jinjava = new Jinjava(config);
        jinjava.setResourceLocator(new NoFilesLocator());
    }

    /**
     * Renders every message. Syntax problems come first (the first one found), then missing
     * variables (all of them at once), then anything the engine itself rejects.
     */
    public List<RenderedMessage> render(PromptTemplate template, Map<String, ?> values) throws TemplateException {
        check(template);
        TemplateVariables.Inputs inputs = TemplateVariables.inputs(template);
        Map<String, Object> prepared = VariableValues.prepare(values, inputs);
        List<String> missing = VariableValues.missing(inputs, prepared);
        if (!missing.isEmpty()) throw new MissingVariablesException(missing);
        List<RenderedMessage> rendered = new ArrayList<>();
        for (int i = 0; i < template.messages().size(); i++) {
            PromptMessage message = template.messages().get(i);
            rendered.add(new RenderedMessage(message.role(), renderText(message.template(), prepared, i)));
        }
        return rendered;
    }

    /** Throws for the first syntax problem in any message. */
    public static void check(PromptTemplate template) throws TemplateException {
        for (int i = 0; i < template.messages().size(); i++) {
            List<TemplateProblem> problems = TemplateChecker.check(template.messages().get(i).template());
            if (!problems.isEmpty()) throw new TemplateException(problems.get(0), i);
        }
    }

    private String renderText(String text, Map<String, Object> values, int messageIndex) throws TemplateException {
        RenderResult result;
        Deadline deadline = new Deadline(System.nanoTime() + timeLimit.toNanos());
        DEADLINE.set(deadline);
        try {
            result = jinjava.renderForResult(text, values);
        } catch (RenderTimeLimitException e) {
            result = null;
        } finally {
            DEADLINE.remove();
        }
        // jinjava catches exceptions thrown inside tags, so the deadline also remembers that it fired.
        if (result == null || deadline.expired) {
            throw new TemplateException("Rendering took longer than " + timeLimit.toMillis() + " ms and was stopped. "
                    + "Check loops over large ranges or lists.", messageIndex, 0, 0);
        }
        for (TemplateError error : result.getErrors()) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) throw engineError(text, error, messageIndex);
        }
        return result.getOutput();
    }

    private static TemplateException engineError(String text, TemplateError error, int messageIndex) {
        String message = cleanMessage(error);
        if (message.contains("over limit of")) {
            message = "the rendered prompt would be longer than " + MAX_OUTPUT_CHARS + " characters";
        }
        int line = Math.max(error.getLineno(), 0);
        if (line == 0) return new TemplateException(message + ".", messageIndex, 0, 0);
        int column = Math.max(error.getStartPosition(), 1);
        int offset = TextPosition.offsetOf(text, line, column);
        return new TemplateException(TemplateProblem.at(text, offset, 1, message, "check the expression there."), messageIndex);
    }

    private static String cleanMessage(TemplateError error) {
        String message = error.getMessage() == null ? "template error" : error.getMessage();
        int nested = message.indexOf(": ", message.indexOf("Exception"));
        return message.contains("Exception") && nested > 0 ? message.substring(nested + 2) : message;
    }

    private static void checkDeadline(Node node, JinjavaInterpreter interpreter) {
        Deadline deadline = DEADLINE.get();
        if (deadline != null && (deadline.expired || System.nanoTime() > deadline.nanos)) {
            deadline.expired = true;
            throw new RenderTimeLimitException();
        }
    }

    private static final class Deadline {
        final long nanos;
        boolean expired;

        Deadline(long nanos) {
            this.nanos = nanos;
        }
    }

    private static final class RenderTimeLimitException extends RuntimeException {
        RenderTimeLimitException() {
            super("render time limit", null, false, false);
        }
    }

    /** Prompts are self-contained: {% include %} and {% import %} are refused. */
    private static final class NoFilesLocator implements ResourceLocator {
        @Override
        public String getString(String fullName, Charset encoding, JinjavaInterpreter interpreter) throws IOException {
            throw new IOException("Templates cannot include other files ('" + fullName + "').");
        }
    }
}
