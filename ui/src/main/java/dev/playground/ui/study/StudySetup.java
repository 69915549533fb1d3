package dev.playground.ui.study;

import dev.playground.engine.study.ExamDrafts;
import dev.playground.engine.study.QuestionBank;
import dev.playground.engine.study.StudyAnswerLog;
import dev.playground.engine.study.StudyLabs;
import dev.playground.engine.task.TaskExecutor;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * What the study window needs, handed in by the composition root or a test: the executor for store
 * work, where answers are kept, how to load the bank and the labs (off the FX thread), the clock and
 * the ticker that drive the exam, the zone days are counted in, the source of shuffles, what
 * "Open in playground" does, what "Check" does, what the playground holds when a lab is checked
 * (read on the FX thread), and where the mock exam in progress is kept between sessions.
 */
public record StudySetup(TaskExecutor executor, StudyAnswerLog answers, Callable<QuestionBank> bank, Callable<StudyLabs> labs,
        Clock clock, ZoneId zone, StudyTicker ticker, Supplier<java.util.Random> random, LabOpener labOpener, LabChecker labChecker,
        Supplier<PlaygroundSnapshot> playground, ExamDrafts examDrafts) {

    public StudySetup {
        labChecker = labChecker == null ? LabChecker.UNAVAILABLE : labChecker;
        playground = playground == null ? () -> PlaygroundSnapshot.EMPTY : playground;
        examDrafts = examDrafts == null ? ExamDrafts.NONE : examDrafts;
    }

    /** Without keeping the exam in progress between sessions. */
    public StudySetup(TaskExecutor executor, StudyAnswerLog answers, Callable<QuestionBank> bank, Callable<StudyLabs> labs,
            Clock clock, ZoneId zone, StudyTicker ticker, Supplier<java.util.Random> random, LabOpener labOpener, LabChecker labChecker,
            Supplier<PlaygroundSnapshot> playground) {
        this(executor, answers, bank, labs, clock, zone, ticker, random, labOpener, labChecker, playground, null);
    }

    /** The same, keeping the exam in progress in {@code drafts}. */
    public StudySetup withExamDrafts(ExamDrafts drafts) {
        return new StudySetup(executor, answers, bank, labs, clock, zone, ticker, random, labOpener, labChecker, playground, drafts);
    }

    /** Without checking labs in the window (tests of the other pages). */
    public StudySetup(TaskExecutor executor, StudyAnswerLog answers, Callable<QuestionBank> bank, Callable<StudyLabs> labs,
            Clock clock, ZoneId zone, StudyTicker ticker, Supplier<java.util.Random> random, LabOpener labOpener) {
        this(executor, answers, bank, labs, clock, zone, ticker, random, labOpener, null, null, null);
    }

    /** The shipped bank and labs, the system clock, a timeline ticker and fresh shuffles. */
    public static StudySetup standard(TaskExecutor executor, StudyAnswerLog answers, LabOpener labOpener, LabChecker labChecker,
            Supplier<PlaygroundSnapshot> playground) {
        return new StudySetup(executor, answers, QuestionBank::load, StudyLabs::load, Clock.systemUTC(), ZoneId.systemDefault(),
                new TimelineTicker(), Random::new, labOpener, labChecker, playground, null);
    }
}
