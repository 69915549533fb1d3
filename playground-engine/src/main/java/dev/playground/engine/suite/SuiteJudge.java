package dev.playground.engine.suite;

import dev.playground.engine.judge.JudgeInput;
import dev.playground.engine.judge.Rubric;
import dev.playground.engine.metrics.Score;

/** Asks a judge model for a verdict; blocking. The suite runner passes one built on the app's {@code LlmJudge}. */
@FunctionalInterface
public interface SuiteJudge {
    SuiteJudge NONE = (rubric, input) -> Score.failed(rubric.scoreName(), "No judge model is set for this suite: add 'judge:' with a "
            + "connection and model, or run it with --connection.", "");

    Score judge(Rubric rubric, JudgeInput input) throws InterruptedException;
}
