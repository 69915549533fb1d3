package dev.playground.app.cli;

import dev.playground.engine.study.QuestionBank;
import dev.playground.engine.study.StudyContentException;
import dev.playground.engine.study.StudyLanguage;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code playground study …}: the exam question bank and quizzes in the terminal. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Practise for the Databricks Generative AI Engineer Associate exam: list the questions, take a quiz, do the hands-on labs.",
        subcommands = {StudyQuestionsCommand.class, StudyQuizCommand.class, StudyLabsCommand.class, StudyLabCommand.class})
final class StudyCommand {
    private StudyCommand() {}

    /** The bank shipped with the app; a broken bank is reported in one line rather than a trace. */
    static QuestionBank bank() {
        try {
            return QuestionBank.load();
        } catch (StudyContentException e) {
            throw new IllegalStateException("the question bank shipped with the app cannot be read: " + e.getMessage(), e);
        }
    }

    /** A section option checked against the guide's six sections; null stays null (all sections). */
    static Integer checkSection(Integer section) {
        if (section != null && (section < 1 || section > 6)) {
            throw new BadInputException("--section must be a section of the exam guide, 1 to 6; got " + section + ".");
        }
        return section;
    }

    /** {@code --lang} when given, else Spanish when the system's language is Spanish, else English. */
    static StudyLanguage language(String lang, Locale system) {
        if (lang == null) return system.getLanguage().startsWith("es") ? StudyLanguage.ES : StudyLanguage.EN;
        return switch (lang.strip().toLowerCase(Locale.ROOT)) {
            case "en" -> StudyLanguage.EN;
            case "es" -> StudyLanguage.ES;
            default -> throw new BadInputException("--lang must be en or es; got " + lang + ".");
        };
    }
}
