package dev.playground.app.cli;

import dev.playground.app.AppContext;
import dev.playground.engine.dataset.DatasetService;
import dev.playground.engine.dataset.DatasetVersion;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.provider.ResponseStore;
import dev.playground.engine.runlog.RunLabel;
import dev.playground.engine.suite.ResolvedPrompt;
import dev.playground.engine.suite.SuiteEvaluation;
import dev.playground.store.PromptVersion;
import dev.playground.engine.suite.SuiteHistory;
import dev.playground.store.UnknownPromptException;

/** Saved prompts, connections, datasets and the response cache from the app's store, for suite evaluations of both faces. */
public final class StoreSuiteSources implements SuiteEvaluation.Sources {
    private final AppContext context;

    public StoreSuiteSources(AppContext context) {
        this.context = context;
    }

    /** The one suite evaluation service both faces use, over {@code context}'s gateway, runner and store. */
    public static SuiteEvaluation evaluation(AppContext context) {
        return evaluation(context, dev.playground.engine.tool.ToolServing.SAVED);
    }

    /** With the tool options of {@code eval} (given answers, MCP servers, the step limit). */
    static SuiteEvaluation evaluation(AppContext context, dev.playground.engine.tool.ToolServing tools) {
        return new SuiteEvaluation(context.gateway(), context.suiteRunner(context.store().suiteRuns(), tools), new StoreSuiteSources(context));
    }

    @Override
    public PromptDocument savedPrompt(String ref) {
        return savedVersion(ref).document();
    }

    /** The stored version with the label the Monitor groups by: prompt, version number, and the alias when reached through one. */
    @Override
    public ResolvedPrompt savedVersion(String ref) {
        try {
            PromptVersion version = PromptRef.parse(ref).resolve(context.store());
            return new ResolvedPrompt(version.document(), new RunLabel(version.promptName(), version.version(), ResolvedPrompt.aliasOf(ref)));
        } catch (BadInputException | UnknownPromptException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Connection connection(String name) {
        try {
            return context.connections().use(name);
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(e.getMessage() == null ? "unknown connection " + name : e.getMessage(), e);
        }
    }

    @Override
    public DatasetVersion dataset(String ref) {
        return new DatasetService(context.store().datasets()).resolve(ref);
    }

    @Override
    public ResponseStore responses() {
        return context.store().responseCache();
    }

    @Override
    public SuiteHistory history() {
        return context.store().suiteHistory();
    }

    /** A saved prompt's reference resolved in the store (the alias's version, the latest for a bare name); a file's name as it is. */
    @Override
    public SuiteHistory.Resolved resolve(String promptRef) {
        SuiteHistory.Resolved parsed = SuiteHistory.parse(promptRef);
        if (parsed.version() > 0) return parsed;
        try {
            PromptRef ref = PromptRef.parse(promptRef.strip());
            return new SuiteHistory.Resolved(ref.name(), ref.resolve(context.store()).version(), ref.alias() == null ? "" : ref.alias());
        } catch (RuntimeException e) {
            return parsed; // not a saved prompt: a file of the suite's bundle
        }
    }
}
