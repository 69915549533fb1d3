package dev.playground.engine.suite;

import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.guard.GuardPolicy;
import dev.playground.engine.model.ModelSettings;
import java.util.List;
import java.util.Map;

/**
 * An evaluation suite: prompt versions × providers (connections and models) × parameter sets, run over the rows of
 * a dataset version (or rows written in the file), each output held to the suite's assertions and the row's own.
 * A row passes when its score reaches its threshold (the row's, else the suite's), or, without one, when every
 * assertion that ran passed.
 *
 * @param dataset    a stored dataset ({@code NAME} or {@code NAME/VERSION}); empty when the rows are in the file
 * @param rows       rows written in (or next to) the suite's file; empty when {@code dataset} is set
 * @param parameters settings sets to try; a single empty set when the suite names none
 * @param defaultVars values every row starts from (promptfoo's {@code defaultTest.vars})
 * @param judge      who judges; null to judge with each variant's own connection and model
 * @param file       where the suite was read from, for messages
 * @param warnings   what was read but will not run (promptfoo sections we do not have)
 * @param guard      guardrails for the suite's calls: over the connection's, under {@code eval --guard}; NONE keeps the connection's
 */
public record Suite(String name, String description, List<SuitePrompt> prompts, List<SuiteProvider> providers, List<ModelSettings> parameters,
                    String dataset, List<DatasetRow> rows, List<SuiteAssertion> asserts, Map<String, String> defaultVars, Double threshold,
                    SuiteProvider judge, int repeat, int concurrency, String file, List<String> warnings,
                    GuardPolicy guard) {
    public Suite {
        name = name == null ? "" : name;
        description = description == null ? "" : description;
        prompts = List.copyOf(prompts);
        providers = List.copyOf(providers);
        parameters = parameters == null || parameters.isEmpty() ? List.of(ModelSettings.of(null, null)) : List.copyOf(parameters);
        dataset = dataset == null ? "" : dataset.strip();
        rows = rows == null ? List.of() : List.copyOf(rows);
        asserts = asserts == null ? List.of() : List.copyOf(asserts);
        defaultVars = defaultVars == null ? Map.of() : Map.copyOf(defaultVars);
        repeat = Math.max(1, repeat);
        concurrency = Math.max(1, concurrency);
        file = file == null ? "" : file;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        guard = guard == null ? GuardPolicy.NONE : guard;
    }

    /** A suite without guardrails of its own (the connection's apply). */
    public Suite(String name, String description, List<SuitePrompt> prompts, List<SuiteProvider> providers, List<ModelSettings> parameters,
                 String dataset, List<DatasetRow> rows, List<SuiteAssertion> asserts, Map<String, String> defaultVars, Double threshold,
                 SuiteProvider judge, int repeat, int concurrency, String file, List<String> warnings) {
        this(name, description, prompts, providers, parameters, dataset, rows, asserts, defaultVars, threshold, judge, repeat, concurrency, file,
                warnings, GuardPolicy.NONE);
    }

    public Suite withPrompts(List<SuitePrompt> newPrompts) {
        return new Suite(name, description, newPrompts, providers, parameters, dataset, rows, asserts, defaultVars, threshold, judge, repeat,
                concurrency, file, warnings, guard);
    }

    public Suite withGuard(GuardPolicy newGuard) {
        return new Suite(name, description, prompts, providers, parameters, dataset, rows, asserts, defaultVars, threshold, judge, repeat,
                concurrency, file, warnings, newGuard);
    }

    public Suite withProviders(List<SuiteProvider> newProviders) {
        return new Suite(name, description, prompts, newProviders, parameters, dataset, rows, asserts, defaultVars, threshold, judge, repeat,
                concurrency, file, warnings, guard);
    }
}
