package dev.playground.bench;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tokens.TokenReport;
import dev.playground.ui.editor.PromptAnalysis;
import dev.playground.ui.editor.PromptAnalyzer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 3 target: render plus token count of a 100 KB template within 10 ms. The template mixes
 * what real prompts hold: prose with accents, many {{ variables }}, an if, and a few-shot loop.
 * Each benchmark is one step of what the editor does while someone types; {@code analyze*} runs
 * the editor's own analysis (check, render, count, cost), the others the engine calls under it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TemplateRenderBench {
    static final int TARGET_CHARS = 100 * 1024;
    private static final String FEW_SHOT = "{% for ex in examples %}Q: {{ ex.q }}\nA: {{ ex.a }}\n{% endfor %}Question: {{ question }}";

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final TokenCounter counter = new TokenCounter();
    private final PromptAnalyzer analyzer = new PromptAnalyzer(renderer, counter, PriceTable::defaults);
    private String big;
    private String plainBig;
    private Map<String, String> values;
    private int keystrokes;

    @Setup
    public void setUp() {
        big = largeText(TARGET_CHARS - 2_000, true);
        plainBig = largeText(TARGET_CHARS - 2_000, false);
        values = new HashMap<>();
        for (int i = 0; i < 200; i++) values.put("var" + i, "valor número " + i);
        values.put("examples", "[{\"q\":\"¿2+2?\",\"a\":\"4\"},{\"q\":\"¿Capital de Francia?\",\"a\":\"París\"}]");
        values.put("question", "¿Cuál es la respuesta?");
        values.put("formal", "yes");
    }

    /** About {@code chars} characters of prose with a variable every few lines and, if asked, an if every 40 lines. */
    static String largeText(int chars, boolean withTags) {
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.length() < chars) {
            text.append("Line ").append(line).append(": the assistant explains retrieval, ranking and citación de fuentes; ");
            if (line % 3 == 0) text.append("see {{ var").append(line % 200).append(" }} ");
            if (withTags && line % 40 == 0) text.append("{% if formal == \"yes\" %}Be formal.{% else %}Be casual.{% endif %}");
            text.append('\n');
            line++;
        }
        return text.toString();
    }

    /** The 100 KB text with one more letter typed at the start of a line in its middle (a different line each time). */
    private String typedInto(String text) {
        int at = text.indexOf('\n', text.length() / 4 + (keystrokes++ * 7919) % (text.length() / 2)) + 1;
        return text.substring(0, at) + (char) ('a' + keystrokes % 26) + text.substring(at);
    }

    private PromptTemplate template(String system) {
        return PromptTemplate.of(PromptMessage.system(system), PromptMessage.user(FEW_SHOT));
    }

    private Map<String, String> valuesWithNewQuestion() {
        Map<String, String> changed = new LinkedHashMap<>(values);
        changed.put("question", "¿Cuál es la respuesta " + keystrokes++ + "?");
        return changed;
    }

    /** A value in the variables panel changed: templates are the same, the short user message renders anew. */
    @Benchmark
    public TokenReport renderAndCount() throws TemplateException {
        List<RenderedMessage> rendered = renderer.render(template(big), valuesWithNewQuestion());
        return counter.count(rendered, "gpt-4o");
    }

    /** A keystroke in the 100 KB message (with tags): it is parsed again; the counts of unchanged lines are reused. */
    @Benchmark
    public TokenReport renderAndCountAfterEdit() throws TemplateException {
        List<RenderedMessage> rendered = renderer.render(template(typedInto(big)), values);
        return counter.count(rendered, "gpt-4o");
    }

    /** A keystroke in a 100 KB message without tags (only {{ variables }}): filled without the template engine. */
    @Benchmark
    public TokenReport renderAndCountAfterEditNoTags() throws TemplateException {
        List<RenderedMessage> rendered = renderer.render(template(typedInto(plainBig)), values);
        return counter.count(rendered, "gpt-4o");
    }

    /** Every line of the 100 KB message is new (a file just opened): nothing can be reused. */
    @Benchmark
    public TokenReport renderAndCountAllNew() throws TemplateException {
        String fresh = big.replace("Line ", "L" + keystrokes++ + " ");
        List<RenderedMessage> rendered = renderer.render(template(fresh), values);
        return counter.count(rendered, "gpt-4o");
    }

    /** The editor's whole analysis after a keystroke in the 100 KB message: what the live preview waits for. */
    @Benchmark
    public PromptAnalysis analyzeAfterEdit() {
        return analyzer.analyze(template(typedInto(big)), values, "openai", "gpt-4o", 1024);
    }
}
