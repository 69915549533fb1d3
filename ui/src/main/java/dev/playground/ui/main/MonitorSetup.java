package dev.playground.ui.main;

import dev.playground.engine.metrics.TextEmbedder;
import dev.playground.engine.monitor.AlertThresholds;
import dev.playground.engine.monitor.DriftService;
import dev.playground.engine.monitor.MonitorService;
import dev.playground.ui.common.I18n;
import dev.playground.ui.monitor.MonitorViewModel;
import java.time.Instant;
import java.time.ZoneId;

/** Builds the Monitor tab's view model from the window's services: the store's run log, its settings, the built-in embedder. */
final class MonitorSetup {
    private MonitorSetup() {}

    static MonitorViewModel viewModel(UiServices services, I18n i18n) {
        MonitorService monitor = new MonitorService(services.monitorSource());
        // Topics need the built-in embedding model, loaded only when drift is measured; without collections, no topics.
        java.util.function.Supplier<DriftService> drift = () -> new DriftService(services.monitorSource(),
                services.documents() == null ? null : TextEmbedder.from(services.documents().embedders().builtIn()));
        MonitorViewModel.AlertStore alerts = new MonitorViewModel.AlertStore() {
            @Override
            public AlertThresholds load() {
                return AlertThresholds.parse(services.settings().get(AlertThresholds.SETTINGS_KEY).orElse(""));
            }

            @Override
            public void save(AlertThresholds limits) {
                services.settings().put(AlertThresholds.SETTINGS_KEY, limits.format());
            }
        };
        return new MonitorViewModel(monitor, drift, alerts, services.executor(), i18n, ZoneId.systemDefault(), Instant::now);
    }
}
