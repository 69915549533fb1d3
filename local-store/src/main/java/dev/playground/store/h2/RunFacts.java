package dev.playground.store.h2;

import dev.playground.engine.monitor.Refusals;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.runlog.RunRecord;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;

/** Fills the run_facts row of a run: the narrow, text-free projection monitoring reads (V50). */
final class RunFacts {
    private RunFacts() {}

    static void bind(PreparedStatement facts, RunRecord run) throws SQLException {
        int i = 1;
        facts.setString(i++, run.id());
        facts.setTimestamp(i++, Timestamp.from(run.startedAt()));
        facts.setString(i++, run.model());
        facts.setString(i++, run.connectionName());
        facts.setString(i++, run.promptName());
        facts.setInt(i++, run.promptVersion());
        facts.setString(i++, run.alias());
        facts.setString(i++, run.status().name());
        facts.setString(i++, run.errorKind() == null ? null : run.errorKind().name());
        facts.setInt(i++, run.attempts());
        facts.setInt(i++, run.inputTokens());
        facts.setInt(i++, run.outputTokens());
        micros(facts, i++, run.latency());
        micros(facts, i++, run.timeToFirstToken());
        if (run.costUsd() == null) facts.setNull(i++, Types.DOUBLE);
        else facts.setDouble(i++, run.costUsd());
        facts.setInt(i++, run.messages().stream().mapToInt(m -> m.text().length()).sum());
        facts.setInt(i++, run.output().length());
        facts.setBoolean(i, Refusals.isRefusal(run.output()));
    }

    private static void micros(PreparedStatement statement, int index, Duration duration) throws SQLException {
        if (duration == null) statement.setNull(index, Types.BIGINT);
        else statement.setLong(index, duration.toNanos() / 1000);
    }

    /** The user messages of a run as one text (what drift compares the topics of). */
    static String userText(java.util.List<RenderedMessage> messages) {
        StringBuilder text = new StringBuilder();
        for (RenderedMessage m : messages) {
            if (m.role() == dev.playground.engine.model.Role.USER) text.append(text.isEmpty() ? "" : "\n").append(m.text());
        }
        return text.toString();
    }
}
