package dev.playground.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.playground.engine.study.LessonRef;
import dev.playground.engine.study.Question;
import dev.playground.engine.study.QuestionText;
import dev.playground.engine.study.StudyLanguage;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code playground study questions}: the bank, readable or as JSON for review in CI. */
@Command(name = "questions", mixinStandardHelpOptions = true, description = "List the exam questions, all or one section's.")
final class StudyQuestionsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--section", paramLabel = "N", description = "Only the questions of exam section N (1-6).")
    Integer section;

    @Option(names = "--json", description = "Print a JSON array with both languages, the answer key, facts and lesson.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        StudyCommand.checkSection(section);
        List<Question> questions = StudyCommand.bank().questions().stream()
                .filter(q -> section == null || q.section() == section).toList();
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(questions)));
        } else {
            questions.forEach(q -> printReadable(out, q));
            out.println(questions.size() + " questions.");
        }
        return ExitCodes.OK;
    }

    private static ArrayNode toJson(List<Question> questions) {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        for (Question q : questions) {
            ObjectNode node = array.addObject();
            node.put("id", q.id());
            node.put("section", q.section());
            node.put("topic", q.topic());
            node.put("type", q.type().code());
            q.answer().forEach(node.putArray("answer")::add);
            q.facts().forEach(node.putArray("facts")::add);
            ObjectNode lesson = node.putObject("lesson");
            lesson.put("en", LessonRef.lessonPath(q.section(), StudyLanguage.EN));
            lesson.put("es", LessonRef.lessonPath(q.section(), StudyLanguage.ES));
            lesson.put("anchor", q.lesson().anchor());
            text(node.putObject("en"), q.en());
            text(node.putObject("es"), q.es());
        }
        return array;
    }

    private static void text(ObjectNode node, QuestionText text) {
        node.put("stem", text.stem());
        text.options().forEach(node.putArray("options")::add);
        node.put("explanation", text.explanation());
        text.optionNotes().forEach(node.putArray("optionNotes")::add);
    }

    private static void printReadable(PrintWriter out, Question q) {
        QuestionText en = q.en();
        out.println(q.id() + "  section " + q.section() + "  topic " + q.topic() + "  " + q.type().code());
        out.println("  " + en.stem());
        for (int i = 0; i < en.options().size(); i++) {
            out.println("  " + (q.isRight(i) ? "*" : " ") + " " + (char) ('A' + i) + ". " + en.options().get(i));
        }
        out.println();
    }
}
