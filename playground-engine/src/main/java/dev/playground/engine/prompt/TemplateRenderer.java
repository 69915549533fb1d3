package dev.playground.engine.prompt;

import dev.playground.engine.model.RenderedMessage;
import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.Context;
import com.hubspot.jinjava.interpret.InterpretException;
import com.hubspot.jinjava.interpret.InvalidArgumentException;
import com.hubspot.jinjava.interpret.InvalidInputException;
import com.hubspot.jinjava.interpret.JinjavaInterpreter;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.interpret.TemplateSyntaxException;
import com.hubspot.jinjava.loader.ResourceLocator;
import com.hubspot.jinjava.tree.Node;
import dev.playground.engine.prompt.syntax.FilterCheck;
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
 * checked first by our own checker, so errors name the exact line and column.
 *
 * <p>The editor renders on every keystroke, usually with one message changed, so what is learnt
 * from a message's text (its problems, and jinjava's parse tree) is kept per text, and messages
 * without tags are filled by plain substitution ({@link MessagePlan}).
 */
public final class TemplateRenderer {
    public static final long MAX_OUTPUT_CHARS = 2_000_000;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

    /** The deadline of the render running on this thread; jinjava calls back before each node. */
    private static final ThreadLocal<Deadline> DEADLINE = new ThreadLocal<>();

    private final Jinjava jinjava;
    private final JinjavaConfig config;
    private final Duration timeLimit;
    private final java.util.Set<String> filterNames;
    private final RecentResults<String, MessagePlan> plans = new RecentResults<>(64);

    public TemplateRenderer() {
        this(DEFAULT_TIME_LIMIT);
    }

    public TemplateRenderer(Duration timeLimit) {
        this.timeLimit = timeLimit;
        config = JinjavaConfig.newBuilder()
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
        filterNames = jinjava.getGlobalContext().getAllFilters().stream().map(f -> f.getName()).collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /**
     * Renders every message. Syntax problems come first (the first one found), then missing
     * variables (all of them at once), then anything the engine itself rejects.
     */
    public List<RenderedMessage> render(PromptTemplate template, Map<String, ?> values) throws TemplateException {
        List<MessagePlan> messagePlans = plans(template);
        TemplateVariables.Inputs inputs = TemplateVariables.inputs(template);
        Map<String, Object> prepared = VariableValues.prepare(values, inputs);
        List<String> missing = VariableValues.missing(inputs, prepared);
        if (!missing.isEmpty()) throw new MissingVariablesException(missing);
        List<RenderedMessage> rendered = new ArrayList<>();
        for (int i = 0; i < messagePlans.size(); i++) {
            MessagePlan plan = messagePlans.get(i);
            String text = plan.substitute(prepared, MAX_OUTPUT_CHARS);
            if (text == null) text = renderWithEngine(plan, prepared, i);
            rendered.add(new RenderedMessage(template.messages().get(i).role(), text));
        }
        return rendered;
    }

    /** Throws for the first syntax problem in any message. */
    public void check(PromptTemplate template) throws TemplateException {
        plans(template);
    }

    private List<MessagePlan> plans(PromptTemplate template) throws TemplateException {
        List<MessagePlan> messagePlans = new ArrayList<>(template.messages().size());
        for (int i = 0; i < template.messages().size(); i++) {
            MessagePlan plan = plans.get(template.messages().get(i).template(), MessagePlan::new);
            if (!plan.problems().isEmpty()) throw new TemplateException(plan.problems().get(0), i);
            messagePlans.add(plan);
        }
        return messagePlans;
    }

    private String renderWithEngine(MessagePlan plan, Map<String, Object> values, int messageIndex) throws TemplateException {
        Parsed parsed = plan.parsed(this::parse);
        var unknownFilter = FilterCheck.firstUnknown(plan.text(), filterNames);
        if (unknownFilter.isPresent()) throw new TemplateException(unknownFilter.get(), messageIndex);
        List<TemplateError> errors = new ArrayList<>(parsed.errors());
        Deadline deadline = new Deadline(System.nanoTime() + timeLimit.toNanos());
        String output = null;
        JinjavaInterpreter interpreter = new JinjavaInterpreter(jinjava, new Context(jinjava.getGlobalContextCopy(), values,
                config.getDisabled()), config);
        DEADLINE.set(deadline);
        JinjavaInterpreter.pushCurrent(interpreter);
        try {
            output = interpreter.render(parsed.root(), true);
            errors.addAll(interpreter.getErrorsCopy());
        } catch (TemplateSyntaxException e) {
            errors.add(TemplateError.fromException(e));
        } catch (InterpretException e) {
            errors.add(TemplateError.fromSyntaxError(e));
        } catch (InvalidArgumentException e) {
            errors.add(TemplateError.fromInvalidArgumentException(e));
        } catch (InvalidInputException e) {
            errors.add(TemplateError.fromInvalidInputException(e));
        } catch (RenderTimeLimitException e) {
            deadline.expired = true;
        } catch (RuntimeException e) {
            errors.add(TemplateError.fromException(e));
        } finally {
            JinjavaInterpreter.popCurrent();
            DEADLINE.remove();
        }
        // jinjava catches exceptions thrown inside tags, so the deadline also remembers that it fired.
        if (deadline.expired) {
            throw new TemplateException("Rendering took longer than " + timeLimit.toMillis() + " ms and was stopped. "
                    + "Check loops over large ranges or lists.", messageIndex, 0, 0);
        }
        for (TemplateError error : errors) {
            if (error.getSeverity() == TemplateError.ErrorType.FATAL) throw engineError(plan.text(), error, messageIndex);
        }
        if (output == null) throw new TemplateException("The template engine stopped without saying why.", messageIndex, 0, 0);
        return output;
    }

    /** jinjava's tree for a text, and the errors found while building it (kept with the tree, as they belong to the text). */
    private record Parsed(Node root, List<TemplateError> errors) {}

    private Parsed parse(String text) {
        JinjavaInterpreter parser = new JinjavaInterpreter(jinjava, jinjava.getGlobalContextCopy(), config);
        JinjavaInterpreter.pushCurrent(parser);
        try {
            Node root = parser.parse(text);
            return new Parsed(root, List.copyOf(parser.getErrorsCopy()));
        } finally {
            JinjavaInterpreter.popCurrent();
        }
    }

    private static TemplateException engineError(String text, TemplateError error, int messageIndex) {
        String message = cleanMessage(error);
        boolean tooLong = message.contains("over limit of");
        int line = Math.max(error.getLineno(), 0);
        if (line == 0) {
            String said = tooLong ? "the rendered prompt would be longer than " + MAX_OUTPUT_CHARS + " characters" : message;
            return new TemplateException(said + ".", messageIndex, 0, 0);
        }
        int column = Math.max(error.getStartPosition(), 1);
        int offset = TextPosition.offsetOf(text, line, column);
        TemplateProblem problem = tooLong
                ? TemplateProblem.at(text, offset, 1, TemplateProblem.Kind.OUTPUT_TOO_LONG, String.valueOf(MAX_OUTPUT_CHARS))
                : TemplateProblem.at(text, offset, 1, TemplateProblem.Kind.ENGINE, message);
        return new TemplateException(problem, messageIndex);
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
