package dev.playground.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.study.ExamDraw;
import dev.playground.engine.study.Question;
import dev.playground.engine.study.QuestionBank;
import dev.playground.engine.study.QuestionType;
import dev.playground.engine.study.StudyLanguage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {
    @TempDir Path dir;
    private Map<String, String> env;

    @BeforeEach
    void setUp() {
        env = Map.of("PLAYGROUND_HOME", dir.resolve("data").toString());
    }

    @Test
    void questions_json_lists_the_whole_bank_in_both_languages() throws Exception {
        CliRun run = CliRun.of(env, "study", "questions", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.size()).isGreaterThanOrEqualTo(240);
        JsonNode first = array.get(0);
        assertThat(first.get("id").asText()).matches("s\\d-\\d{3}");
        assertThat(first.get("section").asInt()).isBetween(1, 6);
        assertThat(first.get("type").asText()).isIn("single", "multiple");
        assertThat(first.get("answer").isArray()).isTrue();
        assertThat(first.get("facts").size()).isPositive();
        assertThat(first.get("lesson").get("es").asText()).endsWith(".es.md");
        assertThat(first.get("lesson").get("anchor").asText()).contains(first.get("topic").asText());
        for (String lang : List.of("en", "es")) {
            JsonNode text = first.get(lang);
            assertThat(text.get("stem").asText()).isNotBlank();
            assertThat(text.get("options").size()).isEqualTo(text.get("optionNotes").size()).isGreaterThanOrEqualTo(4);
            assertThat(text.get("explanation").asText()).isNotBlank();
        }
        assertThat(first.get("es").get("stem").asText()).isNotEqualTo(first.get("en").get("stem").asText());
    }

    @Test
    void questions_of_one_section_only() throws Exception {
        CliRun run = CliRun.of(env, "study", "questions", "--section", "5", "--json");
        JsonNode array = new ObjectMapper().readTree(run.out());
        assertThat(array.size()).isGreaterThanOrEqualTo(25);
        array.forEach(q -> assertThat(q.get("section").asInt()).isEqualTo(5));

        CliRun readable = CliRun.of(env, "study", "questions", "--section", "5");
        assertThat(readable.exitCode()).isZero();
        assertThat(readable.out()).contains("s5-001").contains(array.size() + " questions.");
    }

    @Test
    void a_section_outside_1_to_6_is_bad_input_in_plain_words() {
        CliRun run = CliRun.of(env, "study", "questions", "--section", "7");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--section must be a section of the exam guide, 1 to 6").doesNotContain("Exception");
        assertThat(CliRun.withInput("", env, "study", "quiz", "--section", "0").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.withInput("", env, "study", "quiz", "--lang", "fr").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(CliRun.withInput("", env, "study", "quiz", "--topic", "9.9").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    }

    /** The questions the quiz will ask: the same draw as the command's, with the same seed. */
    private static List<Question> draw(Integer section, int count, long seed) throws Exception {
        return ExamDraw.of(QuestionBank.load()).quiz(section, null, count, new Random(seed));
    }

    private static String letters(List<Integer> options) {
        return options.stream().map(o -> String.valueOf((char) ('A' + o))).collect(Collectors.joining(","));
    }

    @Test
    void quiz_answered_right_from_stdin_scores_every_question() throws Exception {
        List<Question> questions = draw(3, 4, 11);
        String answers = questions.stream().map(q -> letters(q.answer())).collect(Collectors.joining("\n", "", "\n"));
        CliRun run = CliRun.withInput(answers, env, "study", "quiz", "--section", "3", "--count", "4", "--seed", "11", "--lang", "en");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Question 1 of 4").contains(questions.get(0).en().stem())
                .contains(questions.get(0).en().explanation()).contains("Score: 4 of 4 right.")
                .contains("Section 3,").contains("4 of 4 (100%)").contains("Readiness estimate: 100%");
    }

    @Test
    void a_wrong_answer_shows_the_key_and_the_note_of_the_chosen_option_in_spanish() throws Exception {
        Question q = draw(1, 1, 5).get(0);
        int wrong = q.type() == QuestionType.SINGLE ? (q.answer().get(0) + 1) % 4 : -1;
        if (wrong < 0) wrong = java.util.stream.IntStream.range(0, 4).filter(i -> !q.isRight(i)).findFirst().orElseThrow();
        CliRun run = CliRun.withInput((wrong + 1) + "\n", env, "study", "quiz", "--section", "1", "--count", "1", "--seed", "5", "--lang", "es");
        assertThat(run.out()).contains(q.es().stem()).contains("No es así: la respuesta es")
                .contains(q.es().optionNotes().get(wrong)).contains("Puntuación: 0 de 1 correctas.").contains("todavía no");
    }

    @Test
    void unreadable_answers_are_asked_again_and_end_of_input_prints_the_score_so_far() throws Exception {
        List<Question> questions = draw(null, 3, 2);
        String input = "Z\n\n" + letters(questions.get(0).answer()) + "\n"; // then EOF before the second question
        CliRun run = CliRun.withInput(input, env, "study", "quiz", "--count", "3", "--seed", "2", "--lang", "en");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Answer with a letter").contains("Question 2 of 3").doesNotContain("Question 3 of 3")
                .contains("End of input").contains("Score: 1 of 1 right.");
    }

    @Test
    void multiple_answers_need_exactly_the_right_set() throws Exception {
        // The first seed whose one-question draw from section 2 is a multiple-answer question.
        long seed = 0;
        while (draw(2, 1, seed).get(0).type() != QuestionType.MULTIPLE) seed++;
        Question multiple = draw(2, 1, seed).get(0);
        String[] args = {"study", "quiz", "--section", "2", "--count", "1", "--seed", String.valueOf(seed), "--lang", "en"};
        String partial = String.valueOf((char) ('A' + multiple.answer().get(0)));
        assertThat(CliRun.withInput(partial + "\n", env, args).out()).contains(multiple.en().stem()).contains("Score: 0 of 1 right.");
        assertThat(CliRun.withInput(letters(multiple.answer()) + "\n", env, args).out()).contains("Score: 1 of 1 right.");
    }

    @Test
    void language_follows_the_option_then_the_system_locale() {
        assertThat(StudyCommand.language(null, Locale.forLanguageTag("es-MX"))).isEqualTo(StudyLanguage.ES);
        assertThat(StudyCommand.language(null, Locale.US)).isEqualTo(StudyLanguage.EN);
        assertThat(StudyCommand.language("en", Locale.forLanguageTag("es-ES"))).isEqualTo(StudyLanguage.EN);
        assertThat(StudyCommand.language("ES", Locale.US)).isEqualTo(StudyLanguage.ES);
    }

    @Test
    void answers_are_read_as_letters_or_numbers() {
        assertThat(AnswerInput.parse("b", 4)).contains(java.util.Set.of(1));
        assertThat(AnswerInput.parse("A, c", 5)).contains(java.util.Set.of(0, 2));
        assertThat(AnswerInput.parse("1 4", 4)).contains(java.util.Set.of(0, 3));
        assertThat(AnswerInput.parse("E", 4)).isEmpty();
        assertThat(AnswerInput.parse("5", 4)).isEmpty();
        assertThat(AnswerInput.parse("  ", 4)).isEmpty();
        assertThat(AnswerInput.parse("yes", 4)).isEmpty();
    }
}
