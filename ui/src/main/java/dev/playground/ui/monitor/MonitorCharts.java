package dev.playground.ui.monitor;

import dev.playground.engine.monitor.Figures;
import dev.playground.engine.monitor.MonitorReport;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.IntConsumer;
import java.util.function.ToDoubleFunction;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;

/** Fills the line over time (one clickable point per step) and the bars per group from a report. */
final class MonitorCharts {
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");

    private MonitorCharts() {}

    static void line(LineChart<String, Number> chart, MonitorReport report, ZoneId zone, ToDoubleFunction<Figures> value,
                     java.util.function.DoubleFunction<String> label, IntConsumer onClick) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        boolean hourly = report.query().step().toHours() <= 1; // 5-minute and hourly steps show the time of day
        for (int i = 0; i < report.series().size(); i++) {
            MonitorReport.Point point = report.series().get(i);
            double v = value.applyAsDouble(point.figures());
            String x = (hourly ? HOUR : DAY).format(point.start().atZone(zone));
            XYChart.Data<String, Number> data = new XYChart.Data<>(x, Double.isNaN(v) ? 0 : v);
            StackPane symbol = new StackPane();
            symbol.setId("monitor-point-" + i);
            int index = i;
            symbol.setOnMouseClicked(e -> onClick.accept(index));
            Tooltip.install(symbol, new Tooltip(x + "  " + (Double.isNaN(v) ? "–" : label.apply(v))));
            data.setNode(symbol);
            series.getData().add(data);
        }
        chart.getData().setAll(java.util.List.of(series));
    }

    static void bars(BarChart<String, Number> chart, MonitorReport report, ToDoubleFunction<Figures> value) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Figures group : report.groups().stream().limit(12).toList()) {
            double v = value.applyAsDouble(group);
            series.getData().add(new XYChart.Data<>(group.key(), Double.isNaN(v) ? 0 : v));
        }
        chart.getData().setAll(java.util.List.of(series));
    }
}
