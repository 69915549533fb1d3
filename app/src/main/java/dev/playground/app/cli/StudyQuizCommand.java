package dev.playground.app.cli;

import dev.playground.engine.study.ExamDraw;
import dev.playground.engine.study.QuestionBank;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code playground study quiz}: questions in the terminal, answered on standard input, with feedback after each. */
@Command(name = "quiz", mixinStandardHelpOptions = true,
        description = "Take a quiz in the terminal: answer with a letter or number (A or 1; for two answers A,C). "
                + "End of input ends the quiz and prints the score so far.")
final class StudyQuizCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--section", paramLabel = "N", description = "Only questions of exam section N (1-6).")
    Integer section;

    @Option(names = "--topic", paramLabel = "T", description = "Only questions on guide topic T, for example 3.5.")
    String topic;

    @Option(names = "--count", paramLabel = "K", defaultValue = "10", description = "How many questions (default: ${DEFAULT-VALUE}).")
    int count;

    @Option(names = "--lang", paramLabel = "LANG", description = "en or es (default: the system's language, Spanish when it is Spanish).")
    String lang;

    @Option(names = "--seed", paramLabel = "S", description = "Draw the same questions as an earlier quiz with this seed.")
    Long seed;

    @Override
    public Integer call() throws Exception {
        StudyCommand.checkSection(section);
        if (count < 1) throw new BadInputException("--count must be 1 or more; got " + count + ".");
        var language = StudyCommand.language(lang, Locale.getDefault());
        QuestionBank bank = StudyCommand.bank();
        var questions = ExamDraw.of(bank).quiz(section, topic == null ? null : topic.strip(), count,
                seed == null ? new Random() : new Random(seed));
        PlaygroundCommand root = (PlaygroundCommand) spec.root().userObject();
        var in = new BufferedReader(new InputStreamReader(root.stdin(), StandardCharsets.UTF_8));
        new QuizSession(bank.sections(), language, in, spec.commandLine().getOut()).run(questions);
        return ExitCodes.OK;
    }
}
