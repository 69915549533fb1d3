package dev.playground.ui.settings;

import dev.playground.ui.common.I18n;
import java.util.function.BiFunction;
import javafx.scene.Parent;

/**
 * One tab of the settings window.
 *
 * @param id       the tab's node id (for tests and for {@link SettingsWindow#show(String)})
 * @param titleKey resource-bundle key of the tab's title
 * @param content  builds the tab's content; called again when the language changes, so keep state in a view
 *                 model obtained from {@link SettingsViewModel}
 */
public record SettingsTab(String id, String titleKey, BiFunction<SettingsViewModel, I18n, Parent> content) {}
