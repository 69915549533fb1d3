package dev.playground.engine.monitor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The run log as a dashboard: one pass over the calls of a time range adds up the overall figures, the
 * figures per group and per step of time. Latency percentiles are exact (every raw value is kept and sorted).
 */
public final class MonitorService {
    private final MonitorSource source;

    public MonitorService(MonitorSource source) {
        this.source = source;
    }

    public MonitorSource source() {
        return source;
    }

    public MonitorReport report(MonitorQuery query) {
        FiguresAccumulator overall = new FiguresAccumulator("");
        Map<String, FiguresAccumulator> groups = new HashMap<>();
        long start = query.from().toEpochMilli();
        long step = query.step().toMillis();
        int points = query.series() ? (int) Math.ceil((query.to().toEpochMilli() - start) / (double) step) : 0;
        FiguresAccumulator[] series = new FiguresAccumulator[points];
        for (int i = 0; i < points; i++) series[i] = new FiguresAccumulator(Instant.ofEpochMilli(start + i * step).toString());
        Grouping by = query.by();
        source.scan(query.from(), query.to(), call -> {
            overall.add(call);
            if (by != null) groups.computeIfAbsent(by.keyOf(call), FiguresAccumulator::new).add(call);
            if (points > 0) {
                int index = (int) ((call.startedAtMillis() - start) / step);
                if (index >= 0 && index < points) series[index].add(call);
            }
        });
        List<Figures> grouped = new ArrayList<>(groups.values().stream().map(FiguresAccumulator::figures).toList());
        grouped.sort(Comparator.comparingLong(Figures::requests).reversed().thenComparing(Figures::key));
        List<MonitorReport.Point> line = new ArrayList<>();
        for (int i = 0; i < points; i++) {
            Instant end = Instant.ofEpochMilli(Math.min(start + (i + 1) * step, query.to().toEpochMilli()));
            line.add(new MonitorReport.Point(Instant.ofEpochMilli(start + i * step), end, series[i].figures()));
        }
        return new MonitorReport(query, overall.figures(), grouped, line);
    }
}
