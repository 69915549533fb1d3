package dev.playground.app.study;

import dev.playground.app.AppContext;
import dev.playground.engine.retrieval.IndexProgress;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabCheck;
import dev.playground.engine.study.LabResult;
import dev.playground.engine.study.LabSubmission;
import dev.playground.engine.study.StudyLabs;
import dev.playground.ui.study.LabAttempt;
import dev.playground.ui.study.LabChecker;

/**
 * The study window's "Check my work": the same {@link LabCheck} over the same {@link AppLabWorkbench} as
 * {@code playground study lab check}, with the playground's prompt, connection and model.
 */
public final class AppLabChecker implements LabChecker {
    private final AppContext context;

    public AppLabChecker(AppContext context) {
        this.context = context;
    }

    @Override
    public LabResult check(StudyLabs labs, Lab lab, LabAttempt attempt) {
        AppLabWorkbench workbench = new AppLabWorkbench(context, attempt.connection(), attempt.model(), IndexProgress.NONE);
        return new LabCheck(labs, workbench).check(lab, new LabSubmission(attempt.prompt(), "", attempt.answers()));
    }
}
