package dev.playground.ui.study;

import dev.playground.engine.study.GlossaryTerm;
import dev.playground.engine.study.Lab;
import dev.playground.engine.study.LabText;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.UiThread;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * The lessons: one per exam section in the current language, glossary terms to look up, and the
 * section's hands-on labs, each with "Open in playground".
 */
public final class LessonsViewModel {
    private final StudyContext context;
    private final IntegerProperty section = new SimpleIntegerProperty(this, "section", 1);
    private final ReadOnlyStringWrapper labStatus = new ReadOnlyStringWrapper(this, "labStatus", "");
    private final ReadOnlyStringWrapper labProblem = new ReadOnlyStringWrapper(this, "labProblem", "");
    private String labProblemKey = "study.lessons.labProblem";

    private final LabCheckViewModel checks;

    LessonsViewModel(StudyContext context) {
        this.context = context;
        this.checks = new LabCheckViewModel(context);
    }

    /** "Check my work" on the labs: answers given and each lab's last check. */
    public LabCheckViewModel checks() {
        return checks;
    }

    /** The language lessons, labs and findings are shown in. */
    public dev.playground.engine.study.StudyLanguage language() {
        return context.language.get();
    }

    /** The section whose lesson is shown (1-6). */
    public IntegerProperty sectionProperty() {
        return section;
    }

    /** The lesson's Markdown in the current language (empty when the lesson is missing). */
    public String lesson() {
        return context.bank().lesson(section.get(), context.language.get()).orElse("");
    }

    /** A glossary term by the id a lesson links to ({@code glossary:ID}). */
    public Optional<GlossaryTerm.Entry> term(String id) {
        return context.bank().glossary().stream().filter(t -> t.id().equals(id)).findFirst().map(t -> t.entry(context.language.get()));
    }

    /** The labs the lesson ends in. */
    public List<Lab> labs() {
        return context.labs() == null ? List.of() : context.labs().section(section.get());
    }

    public LabText text(Lab lab) {
        return lab.text(context.language.get());
    }

    /** Puts the lab's starter into the playground and makes its collection, off the FX thread. */
    public void openLab(Lab lab) {
        labProblem.set("");
        labStatus.set(lab.id());
        context.setup.executor().run(() -> {
            try {
                context.setup.labOpener().open(context.labs(), lab);
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        }).whenComplete((ok, failure) -> UiThread.run(() -> {
            labStatus.set("");
            if (failure == null) return;
            Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
            boolean noCollections = cause instanceof LabOpener.NoCollections;
            labProblemKey = noCollections ? "study.lessons.noCollections" : "study.lessons.labProblem";
            labProblem.set(noCollections ? lab.id() : Failures.readable(failure));
        }));
    }

    /** The id of the lab being opened, empty when none. */
    public ReadOnlyStringProperty labStatusProperty() {
        return labStatus.getReadOnlyProperty();
    }

    /** The message key that says why the last lab could not be opened; {@link #labProblemProperty()} is its value. */
    public String labProblemKey() {
        return labProblemKey;
    }

    /** Why the last lab could not be opened (the value of {@link #labProblemKey()}), empty when it opened. */
    public ReadOnlyStringProperty labProblemProperty() {
        return labProblem.getReadOnlyProperty();
    }
}
