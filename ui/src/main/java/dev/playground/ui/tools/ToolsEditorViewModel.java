package dev.playground.ui.tools;

import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import dev.playground.engine.task.TaskExecutor;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.UiThread;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * A prompt's tools being edited beside its messages: the definitions (name, description, JSON-schema parameters,
 * saved mock answers), the tool choice, and what is wrong with them, checked off the FX thread as the person types
 * (an older check never overwrites a newer one). {@link #toolSetProperty} is the set as typed, which the draft,
 * saving and a run read.
 */
public final class ToolsEditorViewModel {
    private final TaskExecutor executor;
    private final McpCatalog mcp;
    private I18n i18n;

    private final ObservableList<ToolItem> tools = FXCollections.observableArrayList(ToolItem::watched);
    private final ObjectProperty<ToolItem> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<ToolChoice> choices = FXCollections.observableArrayList();
    private final ObjectProperty<ToolChoice> choice = new SimpleObjectProperty<>(this, "choice", ToolChoice.AUTO);
    private final ReadOnlyObjectWrapper<ToolSet> toolSet = new ReadOnlyObjectWrapper<>(this, "toolSet", ToolSet.EMPTY);
    private final ReadOnlyStringWrapper choiceProblem = new ReadOnlyStringWrapper(this, "choiceProblem", "");
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");

    private Runnable onEdited = () -> { };
    private boolean loading;
    private long generation;

    /** {@code mcp} null: no "Add tools from MCP server" (no store). */
    public ToolsEditorViewModel(TaskExecutor executor, McpCatalog mcp, I18n i18n) {
        this.executor = executor;
        this.mcp = mcp;
        this.i18n = i18n;
        tools.addListener((ListChangeListener<ToolItem>) change -> edited());
        choice.addListener((obs, old, now) -> {
            if (now == null) choice.set(ToolChoice.AUTO);
            else edited();
        });
        refreshChoices();
    }

    public void setI18n(I18n i18n) {
        this.i18n = i18n;
        check();
    }

    /** Called after every change the person makes (the Playground marks the prompt changed and keeps the draft). */
    public void setOnEdited(Runnable onEdited) {
        this.onEdited = onEdited == null ? () -> { } : onEdited;
    }

    /** Shows {@code set} (a saved version, the restored draft); not an edit. */
    public void load(ToolSet set) {
        loading = true;
        try {
            tools.setAll(set.tools().stream().map(ToolItem::new).toList());
            choice.set(set.choice());
            selected.set(tools.isEmpty() ? null : tools.get(0));
            notice.set("");
        } finally {
            loading = false;
        }
        update();
    }

    /** Adds a tool with a free name and an empty parameters schema, and selects it. */
    public ToolItem add() {
        Set<String> names = names();
        int n = tools.size() + 1;
        while (names.contains("tool_" + n)) n++;
        ToolItem item = new ToolItem(new ToolDefinition("tool_" + n, "", ToolDefinition.NO_PARAMETERS));
        tools.add(item);
        selected.set(item);
        return item;
    }

    public void remove(ToolItem item) {
        int index = tools.indexOf(item);
        if (index < 0) return;
        tools.remove(index);
        if (selected.get() == item) selected.set(tools.isEmpty() ? null : tools.get(Math.min(index, tools.size() - 1)));
    }

    /** Adds an MCP server's tools; one whose name the prompt already has is left as the prompt has it. Returns how many were added. */
    public int addAll(List<ToolDefinition> offered) {
        Set<String> names = names();
        List<ToolItem> added = new ArrayList<>();
        for (ToolDefinition tool : offered) if (names.add(tool.name())) added.add(new ToolItem(tool));
        tools.addAll(added);
        if (!added.isEmpty()) selected.set(added.get(0));
        notice.set(i18n.text("tools.mcp.added", added.size(), offered.size() - added.size()));
        return added.size();
    }

    public void addMock(ToolItem item) {
        item.addMock("");
    }

    public void removeMock(ToolItem item, StringProperty mock) {
        item.mocks().remove(mock);
    }

    private Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        tools.forEach(t -> names.add(t.nameProperty().get().strip()));
        return names;
    }

    private void edited() {
        if (loading) return;
        notice.set("");
        update();
        onEdited.run();
    }

    private void update() {
        refreshChoices();
        toolSet.set(new ToolSet(tools.stream().map(ToolItem::definition).toList(), choice.get()));
        check();
    }

    /** auto, none, required, then one entry per named tool; the current choice stays even when its tool is gone. */
    private void refreshChoices() {
        List<ToolChoice> wanted = new ArrayList<>(List.of(ToolChoice.AUTO, ToolChoice.NONE, ToolChoice.REQUIRED));
        for (String name : names()) if (!name.isEmpty()) wanted.add(ToolChoice.named(name));
        ToolChoice current = choice.get();
        if (current != null && !wanted.contains(current)) wanted.add(current);
        if (!wanted.equals(choices)) {
            loading = true;
            try {
                choices.setAll(wanted);
                choice.set(current);
            } finally {
                loading = false;
            }
        }
    }

    /** Checks the tools as they are now, off the FX thread; only the newest check's answer is shown. */
    private void check() {
        long mine = ++generation;
        List<ToolItem> items = List.copyOf(tools);
        List<ToolDefinition> definitions = items.stream().map(ToolItem::definition).toList();
        List<String> texts = items.stream().map(t -> t.parametersProperty().get()).toList();
        ToolChoice chosen = choice.get();
        I18n words = i18n;
        executor.submit(() -> new Checked(ToolProblems.perTool(definitions, texts, words), ToolProblems.choice(definitions, chosen, words)))
                .whenComplete((checked, failure) -> UiThread.run(() -> {
                    if (mine != generation || checked == null) return;
                    for (int i = 0; i < items.size(); i++) items.get(i).setProblems(checked.perTool().get(i));
                    choiceProblem.set(checked.choice());
                    valid.set(checked.choice().isEmpty() && checked.perTool().stream().allMatch(f -> f.joined().isEmpty()));
                }));
    }

    private record Checked(List<ToolProblems.Found> perTool, String choice) {}

    /** Every problem, tool by tool (named) then the choice's; empty when the tools can be sent. */
    public List<String> problems() {
        List<String> all = new ArrayList<>();
        for (ToolItem item : tools) {
            if (!item.problemProperty().get().isEmpty()) all.add(item.nameProperty().get() + ": " + item.problemProperty().get());
        }
        if (!choiceProblem.get().isEmpty()) all.add(choiceProblem.get());
        return all;
    }

    /** A picker of the saved MCP servers' tools, or null when there is no store to read them from. */
    public McpToolsViewModel mcp() {
        return mcp == null ? null : new McpToolsViewModel(mcp, executor, i18n);
    }

    public boolean hasMcp() { return mcp != null; }
    public ObservableList<ToolItem> tools() { return tools; }
    public ObjectProperty<ToolItem> selectedProperty() { return selected; }
    public ObservableList<ToolChoice> choices() { return choices; }
    public ObjectProperty<ToolChoice> choiceProperty() { return choice; }
    /** The tools as typed (the draft's ToolSet): what the draft keeps, a version saves and a run offers. */
    public ReadOnlyObjectProperty<ToolSet> toolSetProperty() { return toolSet.getReadOnlyProperty(); }
    public ToolSet toolSet() { return toolSet.get(); }
    public ReadOnlyStringProperty choiceProblemProperty() { return choiceProblem.getReadOnlyProperty(); }
    /** False while any tool or the choice has a problem. */
    public ReadOnlyBooleanProperty validProperty() { return valid.getReadOnlyProperty(); }
    /** What the last "Add tools from MCP server" did, in plain words. */
    public ReadOnlyStringProperty noticeProperty() { return notice.getReadOnlyProperty(); }
}
