package dev.playground.engine.study;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules the bank must meet, as plain sentences that say what to fix. {@link #contentProblems}
 * holds for any state of the bank; {@link #completenessProblems} only once every section is written.
 */
public final class BankLint {
    /** Fewest questions the bank may have (issue 14). */
    public static final int MIN_TOTAL = 240;
    /** Fewest questions a section may have. */
    public static final int MIN_PER_SECTION = 25;
    /** How far, in percentage points, a section's share may be from its weight. */
    public static final double MAX_WEIGHT_GAP = 3.0;
    /** Fewest questions a guide topic may have. */
    public static final int MIN_PER_TOPIC = 2;

    private static final Pattern FACT_ID = Pattern.compile("([1-6]-[1-9]\\d*)|([CND]-[1-9]\\d*)");
    private static final Pattern GLOSSARY_LINK = Pattern.compile("\\]\\(glossary:([^)\\s]*)\\)");
    private static final Map<StudyLanguage, String> LAB_HEADING = Map.of(StudyLanguage.EN, "## Lab", StudyLanguage.ES, "## Práctica");

    private final QuestionBank bank;

    private BankLint(QuestionBank bank) {
        this.bank = bank;
    }

    /** Problems with the content that exists: structure, keys, facts, duplicates, lessons and links. */
    public static List<String> contentProblems(QuestionBank bank) {
        BankLint lint = new BankLint(bank);
        List<String> problems = new ArrayList<>();
        lint.checkIndex(problems);
        QuestionLint questions = new QuestionLint(bank);
        bank.questions().forEach(q -> questions.check(q, problems::add));
        lint.checkUniqueIds(problems);
        for (StudyLanguage language : StudyLanguage.values()) lint.checkDuplicateStems(language, problems);
        for (Section section : bank.sections()) {
            for (StudyLanguage language : StudyLanguage.values()) {
                bank.lesson(section.id(), language).ifPresent(text -> lint.checkLesson(section, language, text, problems));
            }
        }
        return problems;
    }

    /** Problems that remain until the bank is complete: files and lessons for every section, counts, spread, topic coverage. */
    public static List<String> completenessProblems(QuestionBank bank) {
        List<String> problems = new ArrayList<>();
        int total = bank.questions().size();
        Map<Integer, Integer> perSection = new HashMap<>();
        Map<String, Integer> perTopic = new HashMap<>();
        for (Question q : bank.questions()) {
            perSection.merge(q.section(), 1, Integer::sum);
            perTopic.merge(q.topic(), 1, Integer::sum);
        }
        if (total < MIN_TOTAL) problems.add("the bank has " + total + " questions; it needs at least " + MIN_TOTAL + ".");
        for (Section section : bank.sections()) {
            if (!bank.sectionsWithQuestionFile().contains(section.id())) {
                problems.add("section " + section.id() + " has no question file " + QuestionBank.questionsPath(section.id()) + ".");
            }
            for (StudyLanguage language : StudyLanguage.values()) {
                if (bank.lesson(section.id(), language).isEmpty()) {
                    problems.add("section " + section.id() + " has no lesson " + LessonRef.lessonPath(section.id(), language) + ".");
                }
            }
            int count = perSection.getOrDefault(section.id(), 0);
            if (count < MIN_PER_SECTION) {
                problems.add("section " + section.id() + " has " + count + " questions; it needs at least " + MIN_PER_SECTION + ".");
            }
            double share = total == 0 ? 0 : 100.0 * count / total;
            if (Math.abs(share - section.weight()) > MAX_WEIGHT_GAP) {
                problems.add(String.format(Locale.ROOT, "section %d holds %.1f%% of the questions (%d of %d); its weight is %d%%, "
                        + "so it must be within %.0f points.", section.id(), share, count, total, section.weight(), MAX_WEIGHT_GAP));
            }
        }
        for (Topic topic : bank.topics()) {
            int count = perTopic.getOrDefault(topic.id(), 0);
            if (count < MIN_PER_TOPIC) {
                problems.add("topic " + topic.id() + " (" + topic.en() + ") has " + count + " questions; it needs at least "
                        + MIN_PER_TOPIC + ".");
            }
        }
        return problems;
    }

    private void checkIndex(List<String> problems) {
        Set<Integer> sectionIds = new HashSet<>();
        for (Section section : bank.sections()) {
            if (!sectionIds.add(section.id())) problems.add("topics.yaml lists section " + section.id() + " twice.");
        }
        Set<String> topicIds = new HashSet<>();
        for (Topic topic : bank.topics()) {
            if (!topicIds.add(topic.id())) problems.add("topics.yaml lists topic " + topic.id() + " twice.");
            if (!sectionIds.contains(topic.section())) {
                problems.add("topic " + topic.id() + " names section " + topic.section() + ", which topics.yaml does not list.");
            }
            if (!topic.id().startsWith(topic.section() + ".")) {
                problems.add("topic " + topic.id() + " is filed under section " + topic.section() + "; its id must start with "
                        + topic.section() + ".");
            }
        }
        for (String id : bank.facts().keySet()) {
            if (!FACT_ID.matcher(id).matches()) {
                problems.add("facts.yaml: fact id '" + id + "' must look like 2-15, 4-1, C-3, N-2 or D-7.");
            }
        }
        Set<String> terms = new HashSet<>();
        for (GlossaryTerm term : bank.glossary()) {
            if (!terms.add(term.id())) problems.add("glossary.yaml lists term " + term.id() + " twice.");
            for (StudyLanguage language : StudyLanguage.values()) {
                GlossaryTerm.Entry entry = term.entry(language);
                if (entry.term().isBlank() || entry.definition().isBlank()) {
                    problems.add("glossary term " + term.id() + " has an empty term or definition (" + language.code() + ").");
                }
            }
        }
    }

    private void checkUniqueIds(List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (Question q : bank.questions()) {
            if (!seen.add(q.id())) problems.add("question id " + q.id() + " is used twice; give each question its own id.");
        }
    }

    private void checkDuplicateStems(StudyLanguage language, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        for (Question q : bank.questions()) {
            String earlier = seen.putIfAbsent(normalise(q.text(language).stem()), q.id());
            if (earlier != null) {
                problems.add("questions " + earlier + " and " + q.id() + " have the same stem (" + language.code() + ").");
            }
        }
    }

    private void checkLesson(Section section, StudyLanguage language, String text, List<String> problems) {
        String file = LessonRef.lessonPath(section.id(), language);
        for (Topic topic : bank.topics()) {
            if (topic.section() == section.id() && !text.contains(LessonRef.anchorFor(topic.id()))) {
                problems.add(file + " has no anchor " + LessonRef.anchorFor(topic.id()) + " for topic " + topic.id()
                        + "; put it under the topic's ## heading.");
            }
        }
        if (text.lines().noneMatch(line -> line.strip().equals(LAB_HEADING.get(language)))) {
            problems.add(file + " has no \"" + LAB_HEADING.get(language) + "\" section; every lesson ends with a hands-on lab.");
        }
        Set<String> terms = new HashSet<>();
        bank.glossary().forEach(term -> terms.add(term.id()));
        Matcher link = GLOSSARY_LINK.matcher(text);
        while (link.find()) {
            if (!terms.contains(link.group(1))) {
                problems.add(file + " links to glossary:" + link.group(1) + ", which glossary.yaml does not define.");
            }
        }
    }

    /** Lower case, accents and punctuation removed, spaces collapsed: two stems that differ only in those are the same. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
