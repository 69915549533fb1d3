package dev.playground.ui.playground;

import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewListeners;
import dev.playground.ui.tools.ToolsEditorView;
import dev.playground.ui.tools.ToolsEditorViewModel;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor column as two tabs: the messages, and the prompt's tools (their number, and a mark when one is wrong). */
final class EditorTabs {
    private EditorTabs() {}

    static TabPane of(Node messages, ToolsEditorViewModel tools, I18n i18n) {
        Tab messagesTab = new Tab(i18n.text("playground.tab.messages"), messages);
        messagesTab.setId("messages-tab");
        Tab toolsTab = new Tab(i18n.text("playground.tab.tools"));
        toolsTab.setId("tools-tab");
        // Beside the word: a mark while a tool or the choice is wrong, else how many tools there are (none: nothing).
        FontIcon warning = new FontIcon("fth-alert-triangle");
        warning.getStyleClass().add("tool-warning");
        javafx.scene.control.Label count = new javafx.scene.control.Label();
        count.setId("tools-count");
        count.getStyleClass().add("tab-count");
        count.setMinWidth(javafx.scene.control.Label.USE_PREF_SIZE);
        Runnable mark = () -> {
            count.setText(Integer.toString(tools.tools().size()));
            toolsTab.setGraphic(!tools.validProperty().get() ? warning : tools.tools().isEmpty() ? null : count);
        };
        TabPane tabs = new TabPane(messagesTab, toolsTab);
        // Weakly: the tools' view model outlives this view (a language switch rebuilds the view around it).
        ViewListeners listeners = ViewListeners.of(tabs);
        listeners.onChange(tools.validProperty(), (obs, old, valid) -> mark.run());
        listeners.onListChange(tools.tools(), change -> mark.run());
        mark.run();
        // The tools' view is built the first time the tab is opened: most prompts have none.
        toolsTab.setOnSelectionChanged(e -> {
            if (toolsTab.isSelected() && toolsTab.getContent() == null) toolsTab.setContent(new ToolsEditorView(tools, i18n).root());
        });
        tabs.setId("editor-tabs");
        tabs.getStyleClass().add("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
