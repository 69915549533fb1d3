package dev.playground.engine.study;

import dev.playground.engine.metrics.JsonMetric;
import dev.playground.engine.prompt.file.PromptFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks the labs' content against the bank: ids, sections and topics, facts that exist and are confirmed, both
 * languages complete and parallel, starters that parse, checks whose assertions are valid for their type, a model
 * flag set wherever the check calls a model, every lab linked from its section's lesson in both languages, and (for the shipped
 * set) at least {@value #MIN_LABS} labs with every section covered.
 */
public final class LabLint {
    public static final int MIN_LABS = 12;
    private static final Pattern ID = Pattern.compile("lab-([1-6])-[a-z0-9]+(-[a-z0-9]+)*");
    private static final Set<String> CHUNK_UNITS = Set.of("characters", "tokens", "headings");

    private final QuestionBank bank;
    private final StudyLabs catalog;

    private LabLint(QuestionBank bank, StudyLabs catalog) {
        this.bank = bank;
        this.catalog = catalog;
    }

    /** Every content problem, each naming the lab and what to fix; empty when the labs are sound. */
    public static List<String> contentProblems(QuestionBank bank, StudyLabs catalog) {
        LabLint lint = new LabLint(bank, catalog);
        List<String> problems = new ArrayList<>();
        for (Lab lab : catalog.labs()) lint.checkLab(lab, problems);
        return problems;
    }

    /** The shipped set: enough labs, and every exam section with at least one. */
    public static List<String> completenessProblems(StudyLabs catalog) {
        List<String> problems = new ArrayList<>();
        if (catalog.labs().size() < MIN_LABS) problems.add("there are " + catalog.labs().size() + " labs; the study mode needs at least " + MIN_LABS + ".");
        for (int section = 1; section <= 6; section++) {
            if (catalog.section(section).isEmpty()) problems.add("section " + section + " has no lab; add one to " + StudyLabs.sectionPath(section) + ".");
        }
        return problems;
    }

    private void checkLab(Lab lab, List<String> problems) {
        String id = lab.id();
        var matcher = ID.matcher(id);
        if (!matcher.matches() || Integer.parseInt(matcher.group(1)) != lab.section()) {
            problems.add(id + ": lab ids read lab-<section>-<words-with-dashes>, with the lab's section (" + lab.section() + ").");
        }
        Optional<Topic> topic = bank.topic(lab.topic());
        if (topic.isEmpty() || topic.get().section() != lab.section()) {
            problems.add(id + ": topic " + lab.topic() + " is not a topic of section " + lab.section() + " in topics.yaml.");
        }
        if (lab.facts().isEmpty()) problems.add(id + ": name at least one fact the lab rests on.");
        for (String fact : lab.facts()) {
            Fact known = bank.facts().get(fact);
            if (known == null) problems.add(id + ": fact " + fact + " is not in facts.yaml.");
            else if (!known.confirmed()) problems.add(id + ": fact " + fact + " is unconfirmed; a lab may rest only on confirmed facts.");
        }
        checkTexts(lab, problems);
        checkOpens(lab, problems);
        checkCheck(lab, problems);
        checkLinked(lab, problems);
    }

    private static void checkTexts(Lab lab, List<String> problems) {
        for (StudyLanguage language : StudyLanguage.values()) {
            LabText text = lab.text(language);
            String where = lab.id() + " (" + language.code() + ")";
            if (blank(text.title()) || blank(text.goal()) || blank(text.check())) {
                problems.add(where + ": title, goal and check must all be written.");
            }
            if (text.steps().isEmpty() || text.steps().stream().anyMatch(LabLint::blank)) problems.add(where + ": write the steps, none empty.");
        }
        if (lab.en().steps().size() != lab.es().steps().size()) {
            problems.add(lab.id() + ": English has " + lab.en().steps().size() + " steps and Spanish " + lab.es().steps().size()
                    + "; keep the two languages step for step.");
        }
    }

    private void checkOpens(Lab lab, List<String> problems) {
        LabOpens opens = lab.opens();
        if (!opens.hasPrompt() && opens.collection() == null) problems.add(lab.id() + ": open a starter prompt, a collection, or both.");
        if (opens.hasPrompt()) {
            try {
                Optional<PromptFile> starter = catalog.starter(lab);
                if (starter.isPresent() && starter.get().document().template().messages().isEmpty()) {
                    problems.add(lab.id() + ": the starter " + opens.prompt() + " has no messages.");
                }
            } catch (StudyContentException e) {
                problems.add(e.getMessage());
            }
        }
        LabCollection collection = opens.collection();
        if (collection != null) {
            if (collection.name().isEmpty()) problems.add(lab.id() + ": the collection needs a name.");
            if (collection.chunkUnit() != null && !CHUNK_UNITS.contains(collection.chunkUnit().toLowerCase(Locale.ROOT))) {
                problems.add(lab.id() + ": chunkUnit must be characters, tokens or headings, not " + collection.chunkUnit() + ".");
            }
            if (collection.chunkSize() != null && (collection.chunkSize() < 20
                    || collection.chunkOverlap() != null && (collection.chunkOverlap() < 0 || collection.chunkOverlap() >= collection.chunkSize()))) {
                problems.add(lab.id() + ": chunk size must be 20 or more and the overlap between 0 and the size.");
            }
        }
    }

    private void checkCheck(Lab lab, List<String> problems) {
        LabCheckSpec check = lab.check();
        if (check.asserts().isEmpty() && check.cases().isEmpty()) problems.add(lab.id() + ": the check has no assertion; say how the app checks the lab.");
        for (LabAssertion a : check.asserts()) checkAssertion(lab, a, false, problems);
        for (int i = 0; i < check.cases().size(); i++) {
            LabCase c = check.cases().get(i);
            if (c.asserts().isEmpty()) problems.add(lab.id() + ": case " + (i + 1) + " has no assertion.");
            for (LabAssertion a : c.asserts()) checkAssertion(lab, a, true, problems);
        }
        boolean hasAlias = check.asserts().stream().anyMatch(a -> a.type().equals(LabAssertionType.ALIAS.code()));
        if (!check.cases().isEmpty() && !lab.opens().hasPrompt() && !hasAlias) {
            problems.add(lab.id() + ": its cases run a prompt, so open a starter (or promote one with an alias assertion).");
        }
        if (check.callsModel() && !lab.needsModel()) {
            problems.add(lab.id() + ": its check runs the model, so set needsModel: true (the lab then says it needs a connection).");
        }
    }

    private static void checkAssertion(Lab lab, LabAssertion a, boolean inCase, List<String> problems) {
        String where = lab.id() + ": assertion " + a.type();
        Optional<LabAssertionType> type = LabAssertionType.of(a.type());
        if (type.isEmpty()) {
            problems.add(lab.id() + ": unknown assertion type '" + a.type() + "'.");
            return;
        }
        if (type.get().onAnswer() != inCase) {
            problems.add(where + (inCase ? " checks the lab as a whole; move it under check.assert." : " judges one answer; move it into a case."));
        }
        for (String field : type.get().fields()) {
            if (!present(a, field)) problems.add(where + " needs '" + field + "'.");
        }
        for (String field : List.of("query", "file", "text", "top", "max", "min", "prompt", "alias", "name")) {
            if (present(a, field) && !type.get().fields().contains(field)) problems.add(where + " does not use '" + field + "'; remove it.");
        }
        if (a.hasValue() && !type.get().fields().contains("value") && type.get() != LabAssertionType.IS_JSON) {
            problems.add(where + " does not use 'value'; remove it.");
        }
        try {
            switch (type.get()) {
                case REGEX, NOT_REGEX -> Pattern.compile(a.valueText());
                case IS_JSON -> { if (a.hasValue()) JsonMetric.matchingSchema(a.valueText()); }
                case RUNLOG -> { if (!RunLogStats.NAMES.contains(a.name())) problems.add(where + ": name is one of " + RunLogStats.NAMES + "."); }
                case RETRIEVAL_RANK -> { if (a.top() != null && (a.top() < 1 || a.top() > 20)) problems.add(where + ": top is 1 to 20."); }
                default -> { }
            }
        } catch (PatternSyntaxException e) {
            problems.add(where + ": the regular expression does not compile: " + e.getDescription() + ".");
        } catch (IllegalArgumentException e) {
            problems.add(where + ": " + e.getMessage());
        }
    }

    private static boolean present(LabAssertion a, String field) {
        return switch (field) {
            case "value" -> a.hasValue();
            case "query" -> !blank(a.query());
            case "file" -> !blank(a.file());
            case "text" -> !blank(a.text());
            case "top" -> a.top() != null;
            case "max" -> a.max() != null;
            case "min" -> a.min() != null;
            case "prompt" -> !blank(a.prompt());
            case "alias" -> !blank(a.alias());
            case "name" -> !blank(a.name());
            default -> false;
        };
    }

    private void checkLinked(Lab lab, List<String> problems) {
        for (StudyLanguage language : StudyLanguage.values()) {
            Optional<String> lesson = bank.lesson(lab.section(), language);
            if (lesson.isPresent() && !lesson.get().contains("](" + lab.link() + ")")) {
                problems.add(LessonRef.lessonPath(lab.section(), language) + " does not link lab " + lab.id() + "; add [title](" + lab.link()
                        + ") under its lab heading.");
            }
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
