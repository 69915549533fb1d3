package dev.playground.app.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.monitor.DriftCheck;
import dev.playground.engine.monitor.DriftReport;
import dev.playground.engine.monitor.Figures;
import dev.playground.engine.monitor.MonitorReport;
import dev.playground.engine.monitor.Percentiles;
import dev.playground.engine.runlog.ErrorKind;
import java.util.Locale;

/** {@code playground monitor --json}: the figures as one object, camelCase keys, unknown values as null. */
final class MonitorJson {
    private MonitorJson() {}

    static ObjectNode report(MonitorReport report, DriftReport drift) {
        ObjectNode root = CliJson.MAPPER.createObjectNode();
        root.put("from", report.query().from().toString());
        root.put("to", report.query().to().toString());
        if (report.query().by() != null) root.put("by", report.query().by().cliName());
        figures(root, report.overall());
        var groups = root.putArray("groups");
        for (Figures group : report.groups()) {
            ObjectNode node = groups.addObject();
            node.put("key", group.key());
            figures(node, group);
        }
        if (drift != null) root.set("drift", drift(drift));
        return root;
    }

    private static void figures(ObjectNode node, Figures f) {
        node.put("requests", f.requests());
        node.put("errors", f.errors());
        number(node, "errorRate", f.errorRate());
        ObjectNode kinds = node.putObject("errorsByKind");
        for (ErrorKind kind : ErrorKind.values()) kinds.put(kind.key(), f.errors(kind));
        node.put("cancelled", f.cancelled());
        node.put("retried", f.retried());
        node.put("extraAttempts", f.extraAttempts());
        percentiles(node.putObject("latencyMs"), f.latencyMs());
        percentiles(node.putObject("timeToFirstTokenMs"), f.ttftMs());
        node.put("tokensIn", f.tokensIn());
        node.put("tokensOut", f.tokensOut());
        number(node, "cost", f.cost());
        node.put("pricedRequests", f.priced());
        ObjectNode perDay = node.putObject("costPerDay");
        f.costPerDay().forEach((day, usd) -> perDay.put(day.toString(), usd));
        ObjectNode feedback = node.putObject("feedback");
        feedback.put("thumbsUp", f.thumbsUp());
        feedback.put("thumbsDown", f.thumbsDown());
        number(feedback, "thumbsUpRatio", f.thumbsUpRatio());
        feedback.put("rated", f.rated());
        number(feedback, "meanRating", f.meanRating());
        ObjectNode judge = node.putObject("judge");
        judge.put("judged", f.judged());
        number(judge, "meanScore", f.meanJudgeScore());
        node.put("refusals", f.refusals());
        number(node, "refusalRate", f.refusalRate());
    }

    private static void percentiles(ObjectNode node, Percentiles p) {
        number(node, "p50", p.p50());
        number(node, "p95", p.p95());
        number(node, "p99", p.p99());
        node.put("count", p.count());
    }

    static ObjectNode drift(DriftReport drift) {
        ObjectNode node = CliJson.MAPPER.createObjectNode();
        node.put("before", drift.before().label());
        node.put("beforeFrom", drift.before().from().toString());
        node.put("beforeTo", drift.before().to().toString());
        node.put("after", drift.after().label());
        node.put("afterFrom", drift.after().from().toString());
        node.put("afterTo", drift.after().to().toString());
        node.put("callsBefore", drift.callsBefore());
        node.put("callsAfter", drift.callsAfter());
        node.put("drifted", drift.drifted());
        var checks = node.putArray("checks");
        for (DriftCheck check : drift.checks()) {
            ObjectNode c = checks.addObject();
            c.put("measure", camel(check.measure().name()));
            number(c, "before", check.before());
            number(c, "after", check.after());
            number(c, "change", check.change());
            c.put("threshold", check.threshold());
            c.put("verdict", camel(check.verdict().name()));
        }
        return node;
    }

    static String camel(String constant) {
        String[] words = constant.toLowerCase(Locale.ROOT).split("_");
        StringBuilder name = new StringBuilder(words[0]);
        for (int i = 1; i < words.length; i++) name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
        return name.toString();
    }

    private static void number(ObjectNode node, String key, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) node.putNull(key);
        else node.put(key, value);
    }
}
