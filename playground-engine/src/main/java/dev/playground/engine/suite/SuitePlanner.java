package dev.playground.engine.suite;

import dev.playground.engine.bundle.BundleFileException;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderKind;
import dev.playground.engine.prompt.PromptDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns a {@link Suite} into a {@link SuitePlan}: saved prompt versions, saved connections and stored datasets are
 * looked up through {@link Lookups} (the app's store, a bundle's files); providers a promptfoo config describes
 * become connections of their own. {@code --connection} sends every provider's model to one saved connection.
 */
public final class SuitePlanner {
    /** Where references are looked up; each throws IllegalArgumentException with what exists when one is unknown. */
    public interface Lookups {
        /** A saved version: {@code NAME}, {@code NAME/3}, {@code NAME@alias}. */
        PromptDocument prompt(String ref);

        /** The same version with the run-log label its calls are filed under (version number and alias, where known). */
        default ResolvedPrompt resolve(String ref) {
            return ResolvedPrompt.unnumbered(prompt(ref), ref);
        }

        /** A saved connection by name or id, with its policy in force. */
        Connection connection(String name);

        /** A stored dataset: {@code NAME} or {@code NAME/VERSION}. */
        DatasetVersion dataset(String ref);
    }

    private final Lookups lookups;

    public SuitePlanner(Lookups lookups) {
        this.lookups = lookups;
    }

    /** {@code connection} (may be null) overrides where every provider calls. */
    public SuitePlan plan(Suite suite, String connection) throws BundleFileException {
        String where = suite.file().isEmpty() ? "the suite" : suite.file();
        List<SuiteProvider> providers = new ArrayList<>(suite.providers());
        if (connection != null && !connection.isBlank()) {
            if (providers.isEmpty()) providers.add(new SuiteProvider(connection, connection, null, "", "", "", null, null));
            else providers.replaceAll(p -> p.on(connection.strip()));
        }
        List<SuiteVariant> variants = new ArrayList<>();
        for (SuitePrompt prompt : suite.prompts()) {
            ResolvedPrompt resolved = resolve(prompt, where);
            PromptDocument document = resolved.document();
            List<SuiteProvider> targets = providers.isEmpty() ? List.of(fromPrompt(document, where)) : providers;
            for (SuiteProvider provider : targets) {
                Connection target = connection(provider, where);
                for (ModelSettings parameters : suite.parameters()) {
                    String model = !provider.model().isEmpty() ? provider.model() : !document.model().isEmpty() ? document.model()
                            : target.defaultModel();
                    ModelSettings settings = document.settings().overriddenBy(provider.settings()).overriddenBy(parameters);
                    String label = prompt.label() + " · " + provider.label() + (suite.parameters().size() > 1 ? " · " + describe(parameters) : "");
                    variants.add(new SuiteVariant(variants.size(), label, prompt.label(), document, target, model, settings,
                            resolved.label().prompt(), resolved.label()));
                }
            }
        }
        List<DatasetRow> rows = suite.rows();
        String datasetRef = "";
        if (!suite.dataset().isEmpty()) {
            DatasetVersion version = lookups.dataset(suite.dataset());
            rows = version.dataset().rows();
            datasetRef = version.reference();
        }
        if (rows.isEmpty()) throw new BundleFileException(where + " has no rows to run: its dataset or tests are empty.");
        List<List<SuiteAssertion>> rowAsserts = new ArrayList<>();
        int index = 0;
        for (DatasetRow row : rows) rowAsserts.add(SuiteAssertion.readAll(row.assertions(), where + ", row " + (++index)));
        JudgeModel judge = suite.judge() == null ? null : new JudgeModel(connection(suite.judge(), where + " (judge)"), suite.judge().model());
        return new SuitePlan(suite.name(), where, variants, rows, suite.defaultVars(), suite.asserts(), rowAsserts, suite.threshold(), judge,
                suite.repeat(), suite.concurrency(), datasetRef, suite.warnings());
    }

    private ResolvedPrompt resolve(SuitePrompt prompt, String where) throws BundleFileException {
        if (prompt.inline()) return new ResolvedPrompt(prompt.document(), dev.playground.engine.runlog.RunLabel.NONE);
        try {
            return lookups.resolve(prompt.ref());
        } catch (IllegalArgumentException e) {
            throw new BundleFileException(where + ": prompt " + prompt.ref() + " cannot be found: " + e.getMessage(), e);
        }
    }

    private static SuiteProvider fromPrompt(PromptDocument document, String where) throws BundleFileException {
        if (document.connectionId() == null || document.connectionId().isBlank()) {
            throw new BundleFileException(where + " names no providers and its prompt names no connection: add 'providers:' or give --connection NAME.");
        }
        return new SuiteProvider(document.connectionId(), document.connectionId(), null, "", "", document.model(), null, null);
    }

    private Connection connection(SuiteProvider provider, String where) throws BundleFileException {
        if (!provider.connection().isEmpty()) {
            try {
                return lookups.connection(provider.connection());
            } catch (IllegalArgumentException e) {
                throw new BundleFileException(where + ": connection '" + provider.connection() + "': " + e.getMessage(), e);
            }
        }
        ProviderKind kind = provider.kind();
        if (kind == null) {
            throw new BundleFileException(where + ": provider '" + provider.label() + "' is not one Prompt Playground can call (it calls openai:, "
                    + "ollama:, anthropic:, google: and databricks: providers). Run the suite with --connection NAME to send its calls to a saved connection.");
        }
        if (kind.baseUrlRequired() && provider.baseUrl().isEmpty()) {
            throw new BundleFileException(where + ": provider '" + provider.label() + "' needs config.apiBaseUrl, or run with --connection NAME.");
        }
        String keyEnv = provider.apiKeyEnv().isEmpty() ? kind.keyVariable() : provider.apiKeyEnv();
        String id = "suite-" + kind.cliName() + "-" + Integer.toHexString((provider.baseUrl() + "|" + keyEnv).hashCode());
        return new Connection(id, provider.label(), kind, provider.baseUrl(), keyEnv, provider.model());
    }

    private static String describe(ModelSettings s) {
        List<String> parts = new ArrayList<>();
        if (s.temperature() != null) parts.add("temperature=" + s.temperature());
        if (s.topP() != null) parts.add("top_p=" + s.topP());
        if (s.maxTokens() != null) parts.add("max_tokens=" + s.maxTokens());
        if (s.seed() != null) parts.add("seed=" + s.seed());
        return parts.isEmpty() ? "defaults" : String.join(",", parts).toLowerCase(Locale.ROOT);
    }
}
