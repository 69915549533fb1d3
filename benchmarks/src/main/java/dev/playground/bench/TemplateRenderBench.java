package dev.playground.bench;

import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tokens.TokenReport;
import java.util.HashMap;
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
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TemplateRenderBench {
    static final int TARGET_CHARS = 100 * 1024;

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final TokenCounter counter = new TokenCounter();
    private PromptTemplate template;
    private Map<String, Object> values;

    @Setup
    public void setUp() {
        template = PromptTemplate.of(PromptMessage.system(largeText(TARGET_CHARS - 2_000)),
                PromptMessage.user("{% for ex in examples %}Q: {{ ex.q }}\nA: {{ ex.a }}\n{% endfor %}Question: {{ question }}"));
        values = new HashMap<>();
        for (int i = 0; i < 200; i++) values.put("var" + i, "valor número " + i);
        values.put("examples", "[{\"q\":\"¿2+2?\",\"a\":\"4\"},{\"q\":\"¿Capital de Francia?\",\"a\":\"París\"}]");
        values.put("question", "¿Cuál es la respuesta?");
        values.put("formal", "yes");
    }

    /** About {@code chars} characters of prose with a variable every few lines and an if every 40 lines. */
    static String largeText(int chars) {
        StringBuilder text = new StringBuilder();
        int line = 0;
        while (text.length() < chars) {
            text.append("Line ").append(line).append(": the assistant explains retrieval, ranking and citación de fuentes; ");
            if (line % 3 == 0) text.append("see {{ var").append(line % 200).append(" }} ");
            if (line % 40 == 0) text.append("{% if formal == \"yes\" %}Be formal.{% else %}Be casual.{% endif %}");
            text.append('\n');
            line++;
        }
        return text.toString();
    }

    private int edits;

    /** Same template, new values: the editor's case when only a variable changed (token counts of unchanged text are reused). */
    @Benchmark
    public TokenReport renderAndCount() throws TemplateException {
        List<RenderedMessage> rendered = renderer.render(template, values);
        return counter.count(rendered, "gpt-4o");
    }

    /** The 100 KB message itself changed (a keystroke in it): nothing can be reused. */
    @Benchmark
    public TokenReport renderAndCountAfterEdit() throws TemplateException {
        String edited = template.messages().get(0).template() + (edits++ % 1000);
        PromptTemplate changed = PromptTemplate.of(PromptMessage.system(edited), template.messages().get(1));
        List<RenderedMessage> rendered = renderer.render(changed, values);
        return counter.count(rendered, "gpt-4o");
    }
}
