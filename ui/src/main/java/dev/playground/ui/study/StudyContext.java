package dev.playground.ui.study;

import dev.playground.engine.study.ExamDraw;
import dev.playground.engine.study.Question;
import dev.playground.engine.study.QuestionBank;
import dev.playground.engine.study.Section;
import dev.playground.engine.study.StudyLabs;
import dev.playground.engine.study.StudyLanguage;
import dev.playground.engine.study.StudyProgress;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * What the study view models share: the setup, the content once loaded, the language the content is shown
 * in, the progress service, and a counter that moves whenever answers were kept (so progress and weak spots
 * read again).
 */
final class StudyContext {
    final StudySetup setup;
    final StudyProgress progress;
    final ObjectProperty<StudyLanguage> language = new SimpleObjectProperty<>(this, "language", StudyLanguage.EN);
    private final ReadOnlyIntegerWrapper answersKept = new ReadOnlyIntegerWrapper(this, "answersKept");
    private QuestionBank bank;
    private StudyLabs labs;

    StudyContext(StudySetup setup) {
        this.setup = setup;
        this.progress = new StudyProgress(setup.answers(), setup.clock(), setup.zone());
    }

    void loaded(QuestionBank bank, StudyLabs labs) {
        this.bank = bank;
        this.labs = labs;
    }

    boolean isLoaded() {
        return bank != null;
    }

    QuestionBank bank() {
        if (bank == null) throw new IllegalStateException("the question bank is not loaded yet");
        return bank;
    }

    StudyLabs labs() {
        return labs;
    }

    ExamDraw draw() {
        return ExamDraw.of(bank());
    }

    Optional<Question> question(String id) {
        return bank().question(id);
    }

    String sectionName(int id) {
        return bank().section(id).map((Section s) -> s.name(language.get())).orElse(String.valueOf(id));
    }

    ShownQuestion show(Question question) {
        return ShownQuestion.of(question, language.get());
    }

    void answersKept() {
        answersKept.set(answersKept.get() + 1);
    }

    ReadOnlyIntegerProperty answersKeptProperty() {
        return answersKept.getReadOnlyProperty();
    }
}
