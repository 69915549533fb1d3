package dev.playground.ui.study;

import dev.playground.engine.study.Lab;
import dev.playground.engine.study.QuestionBank;
import dev.playground.engine.study.StudyAnswer;
import dev.playground.engine.study.StudyAnswerLog;
import dev.playground.engine.study.StudyLabs;
import dev.playground.engine.task.CurrentThreadTaskExecutor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Hand-driven stand-ins for the study window's tests: a clock moved by hand, a ticker ticked by hand, answers in memory. */
final class StudyFakes {
    private StudyFakes() {}

    static final QuestionBank BANK;
    static final StudyLabs LABS;

    static {
        try {
            BANK = QuestionBank.load();
            LABS = StudyLabs.load();
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** A clock that stands still until moved. */
    static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** A ticker that ticks when the test says so. */
    static final class HandTicker implements StudyTicker {
        private Runnable tick;

        @Override
        public void start(Runnable tick) {
            this.tick = tick;
        }

        @Override
        public void stop() {
            tick = null;
        }

        boolean running() {
            return tick != null;
        }

        void tick() {
            if (tick != null) tick.run();
        }
    }

    /** Answers kept in memory, oldest first. */
    static class MemoryLog implements StudyAnswerLog {
        final List<StudyAnswer> answers = new ArrayList<>();

        @Override
        public synchronized void record(List<StudyAnswer> more) {
            answers.addAll(more);
        }

        @Override
        public synchronized List<StudyAnswer> all() {
            return List.copyOf(answers);
        }
    }

    /** Remembers which labs were opened. */
    static final class OpenedLabs implements LabOpener {
        final List<String> ids = new ArrayList<>();

        @Override
        public void open(StudyLabs labs, Lab lab) {
            ids.add(lab.id());
        }
    }

    static StudySetup setup(MemoryLog log, HandClock clock, HandTicker ticker, LabOpener opener) {
        return new StudySetup(new CurrentThreadTaskExecutor(), log, () -> BANK, () -> LABS, clock, ZoneOffset.UTC, ticker,
                () -> new Random(42), opener);
    }
}
