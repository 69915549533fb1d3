package dev.playground.engine.study;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/** The rules one question must meet on its own: id, topic, both languages complete, a valid key, confirmed facts. */
final class QuestionLint {
    private static final Pattern ID = Pattern.compile("s([1-9])-(\\d{3})");
    private static final Pattern CHOOSE_EN = Pattern.compile("Choose (two|three|four)\\.");
    private static final Pattern CHOOSE_ES = Pattern.compile("Elige (dos|tres|cuatro)\\.");
    /** The exam's style has no catch-all options; they test reading, not knowledge. */
    private static final Pattern CATCH_ALL = Pattern.compile(
            "(?i)\\b(all|none|both) of the (above|options)\\b|\\b(todas|ninguna) (de )?las (anteriores|opciones)\\b");
    private static final List<String> EN_COUNTS = List.of("", "one", "two", "three", "four");
    private static final List<String> ES_COUNTS = List.of("", "una", "dos", "tres", "cuatro");

    private final QuestionBank bank;

    QuestionLint(QuestionBank bank) {
        this.bank = bank;
    }

    void check(Question q, Consumer<String> problems) {
        String at = "question " + q.id() + ": ";
        var id = ID.matcher(q.id());
        if (!id.matches()) {
            problems.accept(at + "the id must look like s" + q.section() + "-001 (s, section, dash, three digits).");
        } else if (Integer.parseInt(id.group(1)) != q.section()) {
            problems.accept(at + "the id says section " + id.group(1) + " but the question is in section " + q.section() + ".");
        }
        Optional<Topic> topic = bank.topic(q.topic());
        if (topic.isEmpty()) {
            problems.accept(at + "topic " + q.topic() + " is not in topics.yaml.");
        } else if (topic.get().section() != q.section()) {
            problems.accept(at + "topic " + q.topic() + " belongs to section " + topic.get().section() + ", not " + q.section() + ".");
        }
        checkText(q, StudyLanguage.EN, at, problems);
        checkText(q, StudyLanguage.ES, at, problems);
        if (q.en().options().size() != q.es().options().size()) {
            problems.accept(at + "English has " + q.en().options().size() + " options and Spanish " + q.es().options().size()
                    + "; both languages need the same options in the same order.");
        }
        checkAnswer(q, at, problems);
        checkFacts(q, at, problems);
    }

    private void checkText(Question q, StudyLanguage language, String at, Consumer<String> problems) {
        QuestionText text = q.text(language);
        String in = " (" + language.code() + ")";
        if (text.stem().isBlank()) problems.accept(at + "the stem is empty" + in + ".");
        if (text.explanation().isBlank()) problems.accept(at + "the explanation is empty" + in + ".");
        int options = text.options().size();
        int max = q.type() == QuestionType.MULTIPLE ? 5 : 4;
        if (options < 4 || options > max) {
            problems.accept(at + "it has " + options + " options" + in + "; a " + q.type().code() + " question has "
                    + (max == 4 ? "4." : "4 or 5."));
        }
        if (text.options().stream().anyMatch(String::isBlank)) problems.accept(at + "an option is empty" + in + ".");
        if (text.options().stream().anyMatch(o -> CATCH_ALL.matcher(o).find())) {
            problems.accept(at + "an option is a catch-all such as 'all of the above'" + in + "; write a real alternative.");
        }
        if (text.optionNotes().size() != options) {
            problems.accept(at + "it has " + options + " options but " + text.optionNotes().size() + " optionNotes" + in
                    + "; write one note per option, in the same order.");
        }
        if (text.optionNotes().stream().anyMatch(String::isBlank)) problems.accept(at + "an option note is empty" + in + ".");
        if (new HashSet<>(text.options().stream().map(BankLint::normalise).toList()).size() != options) {
            problems.accept(at + "two options say the same thing" + in + ".");
        }
    }

    private void checkAnswer(Question q, String at, Consumer<String> problems) {
        int options = q.en().options().size();
        Set<Integer> seen = new HashSet<>();
        for (int index : q.answer()) {
            if (index < 0 || index >= options) {
                problems.accept(at + "answer index " + index + " is not an option (0 to " + (options - 1) + ").");
            }
            if (!seen.add(index)) problems.accept(at + "answer index " + index + " is listed twice.");
        }
        int right = seen.size();
        if (q.type() == QuestionType.SINGLE && right != 1) {
            problems.accept(at + "a single-answer question needs exactly one answer index, not " + right + ".");
        }
        if (q.type() == QuestionType.MULTIPLE) {
            if (right < 2 || right >= options) {
                problems.accept(at + "a multiple-answer question needs 2 or more right options and at least one wrong one.");
            } else if (right < EN_COUNTS.size()) {
                requireChooseLine(q.en().stem(), "Choose " + EN_COUNTS.get(right) + ".", at, problems);
                requireChooseLine(q.es().stem(), "Elige " + ES_COUNTS.get(right) + ".", at, problems);
            }
        }
        if (q.type() == QuestionType.SINGLE && (CHOOSE_EN.matcher(q.en().stem()).find() || CHOOSE_ES.matcher(q.es().stem()).find())) {
            problems.accept(at + "a single-answer stem must not ask to choose several options.");
        }
    }

    private static void requireChooseLine(String stem, String line, String at, Consumer<String> problems) {
        if (!stem.contains(line)) problems.accept(at + "the stem must say \"" + line + "\" (it has that many right options).");
    }

    private void checkFacts(Question q, String at, Consumer<String> problems) {
        if (q.facts().isEmpty()) problems.accept(at + "it cites no facts; name the facts its key rests on.");
        Map<String, Fact> facts = bank.facts();
        for (String id : q.facts()) {
            Fact fact = facts.get(id);
            if (fact == null) {
                problems.accept(at + "fact " + id + " is not in facts.yaml.");
            } else if (!fact.confirmed()) {
                problems.accept(at + "fact " + id + " is unconfirmed; a question's key must not rest on it.");
            }
        }
    }
}
