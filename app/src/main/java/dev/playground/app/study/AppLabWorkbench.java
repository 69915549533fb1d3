package dev.playground.app.study;

import dev.playground.app.AppContext;
import dev.playground.engine.context.SearchHit;
import dev.playground.engine.judge.BuiltInRubrics;
import dev.playground.engine.judge.JudgeInput;
import dev.playground.engine.judge.LlmJudge;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.Connection;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.RetrievalSettings;
import dev.playground.engine.retrieval.DocumentCollection;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.retrieval.SearchRequest;
import dev.playground.engine.retrieval.handbook.StudyHandbook;
import dev.playground.engine.run.PromptRunRequest;
import dev.playground.engine.run.RunListener;
import dev.playground.engine.run.RunOutcome;
import dev.playground.engine.runlog.RunRecord;
import dev.playground.engine.study.LabCollection;
import dev.playground.engine.study.LabWorkbench;
import dev.playground.store.PromptVersion;
import dev.playground.store.RunQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The lab workbench over the app's own services: prompt runs through {@link AppContext#runs()} with the chosen
 * connection, the handbook collections through {@link StudyHandbook}, the registry and run log in the store, and the
 * built-in judge. The connection may be null for labs whose check calls no model; such a check never asks for it.
 */
public final class AppLabWorkbench implements LabWorkbench {
    private static final long CALL_TIMEOUT_MINUTES = 10;

    private final AppContext context;
    private final Connection connection;
    private final String model;
    private final IndexProgress progress;

    /**
     * @param connection where the lab's prompts and its judge are sent (null when the check needs no model)
     * @param model      the model to use; blank: the prompt's own, else the connection's default
     * @param progress   told how indexing the handbook goes the first time a collection is made
     */
    public AppLabWorkbench(AppContext context, Connection connection, String model, IndexProgress progress) {
        this.context = context;
        this.connection = connection;
        this.model = model == null ? "" : model.strip();
        this.progress = progress == null ? IndexProgress.NONE : progress;
    }

    /** The handbook in the collection the lab names, made on first use with the chunking the lab starts from. */
    public DocumentCollection collection(LabCollection lab) throws java.io.IOException {
        StudyHandbook handbook = new StudyHandbook(context.collections(), context.dataDir());
        return handbook.ensure(lab.name(), StudyHandbook.chunking(lab.chunkUnit(), lab.chunkSize(), lab.chunkOverlap(), lab.searchContext()), progress);
    }

    @Override
    public RunOutcome run(PromptDocument prompt, Map<String, String> values, LabCollection collection, String logName) throws Exception {
        Connection target = requireConnection();
        RetrievalSettings retrieval = prompt.retrieval();
        if (collection != null) {
            collection(collection);
            retrieval = new RetrievalSettings(collection.name(), retrieval.queryVariable(), retrieval.topK(), retrieval.minScore(),
                    retrieval.chunkFormat());
        }
        Map<String, String> merged = new LinkedHashMap<>(prompt.variables());
        merged.putAll(values);
        String chosen = !model.isEmpty() ? model : !prompt.model().isBlank() ? prompt.model() : target.defaultModel();
        PromptRunRequest request = new PromptRunRequest(prompt.template(), merged, retrieval, target, chosen, prompt.settings(), logName);
        return context.runs().start(request, RunListener.NONE).outcome().get(CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }

    @Override
    public List<SearchHit> search(LabCollection collection, String query, int top) throws Exception {
        return collection(collection).search(SearchRequest.of(query, top));
    }

    @Override
    public int chunkCount(LabCollection collection) throws Exception {
        return collection(collection).stats().chunks();
    }

    @Override
    public Optional<Integer> alias(String prompt, String alias) {
        return context.store().aliases().resolve(prompt, alias);
    }

    @Override
    public Optional<PromptDocument> savedVersion(String prompt, int version) {
        return context.store().prompts().version(prompt, version).map(PromptVersion::document);
    }

    @Override
    public List<RunRecord> runs(String prompt) {
        return context.store().runs().find(new RunQuery(prompt, null, null, null, null, 5000)).stream()
                .filter(run -> run.promptName().equalsIgnoreCase(prompt)).toList();
    }

    @Override
    public Score judge(String rubric, String question, String answer, String passages) throws Exception {
        Connection target = requireConnection();
        String key = rubric.strip().toLowerCase(Locale.ROOT);
        Rubric chosen = BuiltInRubrics.IDS.contains(key) && !key.equals("guideline") ? BuiltInRubrics.get(key)
                : BuiltInRubrics.get("guideline").withGuideline(rubric.strip());
        String judgeModel = !model.isEmpty() ? model : target.defaultModel();
        return new LlmJudge(context.gateway(), context.renderer())
                .judge(chosen, new JudgeInput(question, answer, passages, ""), new LlmJudge.JudgeModel(target, judgeModel))
                .get(CALL_TIMEOUT_MINUTES, TimeUnit.MINUTES);
    }

    private Connection requireConnection() {
        if (connection == null) {
            throw new IllegalStateException("This lab's check runs a model: choose a connection (a local one works too).");
        }
        return connection;
    }
}
