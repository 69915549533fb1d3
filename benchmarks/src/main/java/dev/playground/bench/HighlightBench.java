package dev.playground.bench;

import dev.playground.ui.editor.IncrementalHighlighter;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Issue 3 target: re-highlighting after one keystroke in a 5,000-line template within 5 ms. Each
 * operation types one character in the middle of the template (alternating with deleting it, so the
 * text stays the same size) and computes the new styles of the changed stretch, which is the work
 * the editor does on the FX thread per keystroke. {@code fullRelex} is the non-incremental baseline.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class HighlightBench {
    static final int LINES = 5_000;

    private StringBuilder text;
    private IncrementalHighlighter highlighter;
    private int position;
    private boolean inserted;
    private int contextBrace;

    @Setup(Level.Trial)
    public void setUp() {
        text = new StringBuilder();
        for (int i = 0; i < LINES; i++) {
            text.append("Line ").append(i).append(": answer using {{ context }} and cite [").append(i % 7).append("] for {{ user.name }}");
            if (i % 50 == 0) text.append(" {% if formal %}Be formal.{% else %}Be casual.{% endif %}");
            if (i % 200 == 0) text.append(" {# reviewer note #} {% raw %}{{ literal }}{% endraw %}");
            text.append('\n');
        }
        highlighter = new IncrementalHighlighter();
        highlighter.reset(text);
        position = text.indexOf("Line 2500:") + 5;
        contextBrace = text.indexOf("{{ context", position);
    }

    @Benchmark
    public IncrementalHighlighter.Restyle keystroke() {
        IncrementalHighlighter.Restyle restyle;
        if (inserted) {
            text.deleteCharAt(position);
            restyle = highlighter.edit(text, position, 1, 0);
        } else {
            text.insert(position, '{');
            restyle = highlighter.edit(text, position, 0, 1);
        }
        inserted = !inserted;
        return restyle;
    }

    /** The costly kind of keystroke: deleting (then retyping) a brace of {{ context }} turns a variable into text and back. */
    @Benchmark
    public IncrementalHighlighter.Restyle keystrokeBreakingAVariable() {
        int brace = contextBrace;
        IncrementalHighlighter.Restyle restyle;
        if (text.charAt(brace + 1) == '{') {
            text.deleteCharAt(brace);
            restyle = highlighter.edit(text, brace, 1, 0);
        } else {
            text.insert(brace, '{');
            restyle = highlighter.edit(text, brace, 0, 1);
        }
        return restyle;
    }

    @Benchmark
    public IncrementalHighlighter.Restyle fullRelex() {
        return new IncrementalHighlighter().reset(text);
    }
}
