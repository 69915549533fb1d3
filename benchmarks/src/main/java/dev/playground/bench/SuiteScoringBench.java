package dev.playground.bench;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.suite.AssertionContext;
import dev.playground.engine.suite.AssertionEvaluator;
import dev.playground.engine.suite.AssertionResult;
import dev.playground.engine.suite.RowVerdict;
import dev.playground.engine.suite.SuiteAssertion;
import java.util.ArrayList;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Target (issue 13): scoring adds at most 1 ms per row without judges. One operation scores the 400 cells of the
 * eval-versus-promptfoo config (200 rows × 2 providers, {@code icontains hello} and {@code not-icontains sorry} on
 * each) with the suite runner's evaluator and verdict, as {@code SuiteRunner} does after each call: divide by 400.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SuiteScoringBench {
    private static final String[] COUNTRIES = {"France", "Spain", "Italy", "Portugal", "Chile", "Peru", "Kenya", "Japan"};

    private final AssertionEvaluator evaluator = AssertionEvaluator.textOnly();
    private final List<AssertionContext> cells = new ArrayList<>();
    private List<SuiteAssertion> asserts;

    @Setup
    public void setUp() throws Exception {
        asserts = SuiteAssertion.readAll(List.of(Map.of("type", "icontains", "value", "hello"),
                Map.of("type", "not-icontains", "value", "sorry")), "bench");
        for (int i = 0; i < 400; i++) {
            Map<String, String> vars = new LinkedHashMap<>();
            vars.put("country", COUNTRIES[i % COUNTRIES.length]);
            vars.put("n", Integer.toString(i / 2));
            DatasetRow row = DatasetRow.of(Map.of("country", vars.get("country"), "n", i / 2));
            cells.add(new AssertionContext("Hello from the test server.", row, vars,
                    "Answer in one short sentence: what is the capital of " + vars.get("country") + "? (case " + i / 2 + ")", "",
                    java.time.Duration.ofMillis(3), 0.0, "stop"));
        }
    }

    @Benchmark
    public void scoreFourHundredCells(Blackhole sink) throws InterruptedException {
        for (AssertionContext cell : cells) {
            List<AssertionResult> results = new ArrayList<>(asserts.size());
            for (SuiteAssertion assertion : asserts) results.add(evaluator.evaluate(assertion, cell));
            sink.consume(RowVerdict.of(results, null));
        }
    }
}
