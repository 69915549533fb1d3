package dev.playground.testkit;

import dev.playground.engine.runlog.JudgeVerdict;
import dev.playground.engine.runlog.RunLog;
import dev.playground.engine.runlog.RunRecord;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A run log for tests that keeps what it is told: each record, and each call's judge verdicts by run id. */
public final class KeptRunLog implements RunLog {
    public final List<RunRecord> records = new CopyOnWriteArrayList<>();
    public final Map<String, List<JudgeVerdict>> verdicts = new ConcurrentHashMap<>();

    @Override
    public void record(RunRecord run) {
        records.add(run);
    }

    @Override
    public boolean judged(String id, List<JudgeVerdict> given) {
        verdicts.put(id, given);
        return true;
    }
}
