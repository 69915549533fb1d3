package dev.playground.ui.editor;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The prompt being edited: its message blocks, the variables detected in them with the values typed,
 * named sets of test inputs, and a background analysis (syntax, missing values, the exact messages
 * that would be sent, tokens, context window, cost). Analyses never pile up: while one runs, edits
 * only ask for one more.
 */
public final class PromptEditorViewModel {
    private final TaskExecutor executor;
    private final PromptAnalyzer analyzer;
    private I18n i18n;

    private final ObservableList<MessageBlock> messages = FXCollections.observableArrayList(
            block -> new Observable[] {block.roleProperty(), block.textProperty()});
    private final ObservableList<VariableEntry> variables = FXCollections.observableArrayList(entry -> new Observable[] {entry.valueProperty()});
    private final Map<String, String> remembered = new LinkedHashMap<>();
    private final ObservableList<String> testInputNames = FXCollections.observableArrayList();
    private final Map<String, Map<String, String>> testInputs = new LinkedHashMap<>();

    private final StringProperty provider = new SimpleStringProperty(this, "provider", "");
    private final StringProperty model = new SimpleStringProperty(this, "model", "");
    private final IntegerProperty maxOutputTokens = new SimpleIntegerProperty(this, "maxOutputTokens", 1024);

    private final ReadOnlyObjectWrapper<PromptAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyStringWrapper runBlockedReason = new ReadOnlyStringWrapper(this, "runBlockedReason", "");

    private Runnable onEdited = () -> { };
    private boolean analysing;
    private boolean analysisWanted;
    private boolean loading;

    public PromptEditorViewModel(TaskExecutor executor, PromptAnalyzer analyzer, I18n i18n) {
        this.executor = executor;
        this.analyzer = analyzer;
        this.i18n = i18n;
        messages.addListener((ListChangeListener<MessageBlock>) change -> edited());
        variables.addListener((ListChangeListener<VariableEntry>) change -> {
            variables.forEach(v -> remembered.put(v.name(), v.valueProperty().get()));
            if (!loading) onEdited.run();
            requestAnalysis();
        });
        provider.addListener((obs, old, now) -> requestAnalysis());
        model.addListener((obs, old, now) -> requestAnalysis());
        maxOutputTokens.addListener((obs, old, now) -> requestAnalysis());
        messages.add(new MessageBlock(Role.SYSTEM, ""));
        messages.add(new MessageBlock(Role.USER, ""));
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        updateBlockedReason();
    }

    /** Called after every change the user makes (to mark the prompt as changed). */
    public void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited;
    }

    // ---- the prompt ----

    public PromptTemplate template() {
        return new PromptTemplate(messages.stream().map(MessageBlock::toMessage).toList());
    }

    /** Values as typed, including blank ones (the analysis treats blank as missing). */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        variables.forEach(v -> values.put(v.name(), v.valueProperty().get()));
        return values;
    }

    public Map<String, Map<String, String>> testInputs() {
        return new LinkedHashMap<>(testInputs);
    }

    public void load(PromptDocument document) {
        loading = true;
        try {
            remembered.clear();
            remembered.putAll(document.variables());
            List<MessageBlock> blocks = document.template().messages().stream().map(m -> new MessageBlock(m.role(), m.template())).toList();
            messages.setAll(blocks.isEmpty() ? List.of(new MessageBlock(Role.USER, "")) : blocks);
            testInputs.clear();
            testInputs.putAll(document.testInputs());
            testInputNames.setAll(testInputs.keySet());
            refreshVariables();
        } finally {
            loading = false;
        }
        requestAnalysis();
    }

    public void applyStarter(PromptFile starter) {
        load(starter.document());
        if (!starter.document().model().isEmpty()) model.set(starter.document().model());
        onEdited.run();
    }

    /**
     * Adds an empty block and returns where it went: a system message goes first, after any system
     * messages already there (a system message after the user's turn is almost never meant); other roles go last.
     */
    public int addMessage(Role role) {
        int at = messages.size();
        if (role == Role.SYSTEM) {
            at = 0;
            while (at < messages.size() && messages.get(at).roleProperty().get() == Role.SYSTEM) at++;
        }
        messages.add(at, new MessageBlock(role, ""));
        return at;
    }

    public void removeMessage(int index) {
        if (messages.size() > 1 && index >= 0 && index < messages.size()) messages.remove(index);
    }

    /** Moves a block up (-1) or down (+1); returns where it is now. */
    public int moveMessage(int index, int delta) {
        int target = index + delta;
        if (index < 0 || index >= messages.size() || target < 0 || target >= messages.size()) return index;
        MessageBlock block = messages.remove(index);
        messages.add(target, block);
        return target;
    }

    public void saveTestInputs(String name) {
        String key = name.strip();
        if (key.isEmpty()) return;
        testInputs.put(key, values());
        if (!testInputNames.contains(key)) testInputNames.add(key);
        onEdited.run();
    }

    public void applyTestInputs(String name) {
        Map<String, String> set = testInputs.get(name);
        if (set == null) return;
        variables.forEach(v -> {
            if (set.containsKey(v.name())) v.valueProperty().set(set.get(v.name()));
        });
    }

    /** Analyses again with what is typed now (after something outside the prompt changed, like the price table). */
    public void refreshAnalysis() {
        requestAnalysis();
    }

    // ---- detection and analysis ----

    private void edited() {
        refreshVariables();
        if (!loading) onEdited.run();
        requestAnalysis();
    }

    private void refreshVariables() {
        variables.forEach(v -> remembered.put(v.name(), v.valueProperty().get()));
        List<String> names = TemplateVariables.of(template());
        if (names.equals(variables.stream().map(VariableEntry::name).toList())) return;
        variables.setAll(names.stream().map(n -> new VariableEntry(n, remembered.getOrDefault(n, ""))).toList());
    }

    private void requestAnalysis() {
        if (analysing) {
            analysisWanted = true;
            return;
        }
        analysing = true;
        analysisWanted = false;
        PromptTemplate template = template();
        Map<String, String> values = values();
        String providerName = provider.get();
        String modelName = model.get();
        int maxTokens = maxOutputTokens.get();
        executor.submit(() -> analyzer.analyze(template, values, providerName, modelName, maxTokens))
                .whenComplete((result, failure) -> UiThread.run(() -> {
                    analysing = false;
                    if (result != null) {
                        // The reason first: views reading it while the analysis changes see the new one.
                        runBlockedReason.set(blockedReason(result));
                        analysis.set(result);
                    }
                    if (analysisWanted) requestAnalysis();
                }));
    }

    private void updateBlockedReason() {
        if (analysis.get() != null) runBlockedReason.set(blockedReason(analysis.get()));
    }

    private String blockedReason(PromptAnalysis current) {
        if (current.problem() != null || current.renderError() != null) {
            return i18n.text("editor.blocked.syntax", current.renderError() != null ? current.renderError()
                    : i18n.text("editor.problem.where", current.problemMessage() + 1, ProblemText.describe(current.problem(), i18n)));
        }
        if (!current.missing().isEmpty()) return i18n.text("editor.blocked.missing", String.join(", ", current.missing()));
        if (current.preview().stream().allMatch(m -> m.text().isBlank())) return i18n.text("editor.blocked.empty");
        return "";
    }

    // ---- properties ----

    public ObservableList<MessageBlock> messages() { return messages; }
    public ObservableList<VariableEntry> variables() { return variables; }
    public ObservableList<String> testInputNames() { return testInputNames; }
    public StringProperty providerProperty() { return provider; }
    public StringProperty modelProperty() { return model; }
    public IntegerProperty maxOutputTokensProperty() { return maxOutputTokens; }
    public ReadOnlyObjectProperty<PromptAnalysis> analysisProperty() { return analysis.getReadOnlyProperty(); }
    public ReadOnlyStringProperty runBlockedReasonProperty() { return runBlockedReason.getReadOnlyProperty(); }
}
