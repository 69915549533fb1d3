package dev.playground.ui.playground;

import dev.playground.ui.common.I18n;
import dev.playground.ui.tools.ToolsEditorView;
import dev.playground.ui.tools.ToolsEditorViewModel;
import javafx.beans.binding.Bindings;
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
        Tab toolsTab = new Tab();
        toolsTab.setId("tools-tab");
        toolsTab.textProperty().bind(Bindings.createStringBinding(() -> i18n.text("playground.tab.tools", tools.tools().size()), tools.tools()));
        FontIcon warning = new FontIcon("fth-alert-triangle");
        warning.getStyleClass().add("tool-warning");
        // The mark comes and goes with the problems (a hidden graphic would still take room in the tab).
        tools.validProperty().addListener((obs, old, valid) -> toolsTab.setGraphic(valid ? null : warning));
        toolsTab.setGraphic(tools.validProperty().get() ? null : warning);
        // The tools' view is built the first time the tab is opened: most prompts have none.
        toolsTab.setOnSelectionChanged(e -> {
            if (toolsTab.isSelected() && toolsTab.getContent() == null) toolsTab.setContent(new ToolsEditorView(tools, i18n).root());
        });
        TabPane tabs = new TabPane(messagesTab, toolsTab);
        tabs.setId("editor-tabs");
        tabs.getStyleClass().add("editor-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
