package dev.playground.ui.study;

import dev.playground.engine.study.QuestionBank;
import dev.playground.engine.study.Section;
import dev.playground.engine.study.StudyLabs;
import dev.playground.engine.study.StudyLanguage;
import dev.playground.engine.study.Topic;
import dev.playground.ui.common.Failures;
import dev.playground.ui.common.UiThread;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The study window's state, which outlives its views (they are rebuilt when the language changes):
 * the content once loaded, the page shown, and the view models of lessons, practice, the mock exam
 * and progress.
 */
public final class StudyViewModel {
    /** The window's pages, in tab order. */
    public enum Page { LESSONS, PRACTICE, EXAM, PROGRESS }

    private final StudyContext context;
    private final PracticeViewModel practice;
    private final MockExamViewModel exam;
    private final ProgressViewModel progress;
    private final LessonsViewModel lessons;
    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(this, "page", Page.LESSONS);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean loading;

    public StudyViewModel(StudySetup setup, Locale language) {
        context = new StudyContext(setup);
        context.language.set(languageOf(language));
        practice = new PracticeViewModel(context);
        exam = new MockExamViewModel(context);
        progress = new ProgressViewModel(context);
        lessons = new LessonsViewModel(context);
    }

    public static StudyLanguage languageOf(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? StudyLanguage.ES : StudyLanguage.EN;
    }

    /** Loads the bank and the labs off the FX thread (once), then the progress. */
    public void load() {
        if (loading || loaded.get()) return;
        loading = true;
        context.setup.executor().submit(() -> new Content(context.setup.bank().call(), context.setup.labs().call()))
                .whenComplete((content, failure) -> UiThread.run(() -> {
                    loading = false;
                    if (failure != null) {
                        problem.set(Failures.readable(failure));
                        return;
                    }
                    context.loaded(content.bank(), content.labs());
                    loaded.set(true);
                    progress.refresh();
                    exam.lookForKept();
                }));
    }

    private record Content(QuestionBank bank, StudyLabs labs) {}

    /** The language the content is shown in; follows the app's. */
    public ObjectProperty<StudyLanguage> languageProperty() {
        return context.language;
    }

    public void setLocale(Locale locale) {
        context.language.set(languageOf(locale));
    }

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the content could not be loaded, empty otherwise. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public List<Section> sections() {
        return context.bank().sections();
    }

    public String sectionName(int section) {
        return context.sectionName(section);
    }

    public List<Topic> topicsOf(int section) {
        return context.bank().topics().stream().filter(t -> t.section() == section).toList();
    }

    public String topicName(Topic topic) {
        return topic.name(context.language.get());
    }

    /** Starts the weak-spots review and shows it on the practice page. */
    public void reviewWeakSpots() {
        page.set(Page.PRACTICE);
        practice.startReview();
    }

    public PracticeViewModel practice() {
        return practice;
    }

    public MockExamViewModel exam() {
        return exam;
    }

    public ProgressViewModel progress() {
        return progress;
    }

    public LessonsViewModel lessons() {
        return lessons;
    }
}
