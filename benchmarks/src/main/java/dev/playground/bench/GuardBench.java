package dev.playground.bench;

import dev.playground.engine.guard.GuardCorpus;
import dev.playground.engine.guard.GuardFinding;
import dev.playground.engine.guard.Guardrails;
import dev.playground.engine.guard.InjectionRail;
import dev.playground.engine.guard.PiiRail;
import java.util.List;
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
 * Issue 17 target: checking a 10,000-word prompt with the local rails takes at most 5 ms. The prompt is the labelled
 * corpus's samples (English and Spanish prose with personal data, injections and harmless look-alikes) repeated until
 * it holds 10,000 words, so the rails meet a realistic density of findings. {@code standard} is what the gateway and
 * {@code guard check} run (personal data + injection); the other two show each rail alone.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GuardBench {
    static final int WORDS = 10_000;

    private String prompt;
    private Guardrails rails;
    private PiiRail pii;
    private InjectionRail injection;

    @Setup(Level.Trial)
    public void setUp() {
        prompt = tenThousandWords();
        rails = Guardrails.standard();
        pii = new PiiRail();
        injection = new InjectionRail();
    }

    /** The corpus's texts, one after another, until {@link #WORDS} words. */
    static String tenThousandWords() {
        List<GuardCorpus.Sample> samples = GuardCorpus.load();
        StringBuilder text = new StringBuilder();
        int words = 0;
        for (int k = 0; words < WORDS; k++) {
            String[] parts = samples.get(k % samples.size()).text().split("\\s+");
            for (String w : parts) {
                if (words == WORDS) break;
                text.append(w).append(' ');
                words++;
            }
            text.setCharAt(text.length() - 1, '\n');
        }
        return text.toString();
    }

    @Benchmark
    public List<GuardFinding> standard() {
        return rails.check(prompt);
    }

    @Benchmark
    public List<GuardFinding> piiOnly() {
        return pii.check(prompt);
    }

    @Benchmark
    public List<GuardFinding> injectionOnly() {
        return injection.check(prompt);
    }
}
