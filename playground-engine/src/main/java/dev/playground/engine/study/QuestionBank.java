package dev.playground.engine.study;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The study content: exam sections and topics, the facts index, the glossary, the questions of
 * every section and the lessons. Loading checks the shape of each file (fields present, of the
 * right kind, no unknown ones); {@link BankLint} checks the content against the rules of the bank.
 */
public final class QuestionBank {
    public static final String CLASS_PATH_ROOT = "study";

    private final List<Section> sections;
    private final List<Topic> topics;
    private final Map<String, Fact> facts;
    private final List<GlossaryTerm> glossary;
    private final List<Question> questions;
    private final Set<Integer> sectionsWithQuestionFile;
    private final Map<String, String> lessons;

    private QuestionBank(List<Section> sections, List<Topic> topics, Map<String, Fact> facts, List<GlossaryTerm> glossary,
            List<Question> questions, Set<Integer> sectionsWithQuestionFile, Map<String, String> lessons) {
        this.sections = List.copyOf(sections);
        this.topics = List.copyOf(topics);
        this.facts = Collections.unmodifiableMap(facts);
        this.glossary = List.copyOf(glossary);
        this.questions = List.copyOf(questions);
        this.sectionsWithQuestionFile = Collections.unmodifiableSet(sectionsWithQuestionFile);
        this.lessons = Collections.unmodifiableMap(lessons);
    }

    /** The bank shipped with the app. */
    public static QuestionBank load() throws StudyContentException {
        return load(StudySource.classPath(QuestionBank.class.getClassLoader(), CLASS_PATH_ROOT));
    }

    public static QuestionBank load(StudySource source) throws StudyContentException {
        StudyYaml yaml = new StudyYaml();
        JsonNode topicsFile = yaml.read(require(source, "topics.yaml"), source.describe("topics.yaml"));
        List<Section> sections = bindList(yaml, field(topicsFile, "sections", source.describe("topics.yaml")), Section.class,
                source.describe("topics.yaml") + ", section");
        List<Topic> topics = bindList(yaml, field(topicsFile, "topics", source.describe("topics.yaml")), Topic.class,
                source.describe("topics.yaml") + ", topic");

        Map<String, Fact> facts = new LinkedHashMap<>();
        JsonNode factsFile = yaml.read(require(source, "facts.yaml"), source.describe("facts.yaml"));
        for (Fact fact : bindList(yaml, factsFile, Fact.class, source.describe("facts.yaml") + ", fact")) {
            if (facts.putIfAbsent(fact.id(), fact) != null) {
                throw new StudyContentException(source.describe("facts.yaml") + " lists fact " + fact.id() + " twice. Keep one.");
            }
        }
        List<GlossaryTerm> glossary = bindList(yaml, yaml.read(require(source, "glossary.yaml"), source.describe("glossary.yaml")),
                GlossaryTerm.class, source.describe("glossary.yaml") + ", term");

        List<Question> questions = new ArrayList<>();
        Set<Integer> withFile = new TreeSet<>();
        Map<String, String> lessons = new LinkedHashMap<>();
        for (Section section : sections) {
            String path = questionsPath(section.id());
            Optional<byte[]> content = read(source, path);
            if (content.isPresent()) {
                withFile.add(section.id());
                questions.addAll(QuestionReader.read(yaml, yaml.read(content.get(), source.describe(path)), section.id(),
                        source.describe(path)));
            }
            for (StudyLanguage language : StudyLanguage.values()) {
                String lesson = LessonRef.lessonPath(section.id(), language);
                read(source, lesson).ifPresent(bytes -> lessons.put(lesson, new String(bytes, StandardCharsets.UTF_8)));
            }
        }
        return new QuestionBank(sections, topics, facts, glossary, questions, withFile, lessons);
    }

    public static String questionsPath(int section) {
        return "questions/section-" + section + ".yaml";
    }

    public List<Section> sections() {
        return sections;
    }

    public Optional<Section> section(int id) {
        return sections.stream().filter(s -> s.id() == id).findFirst();
    }

    public List<Topic> topics() {
        return topics;
    }

    public Optional<Topic> topic(String id) {
        return topics.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public Map<String, Fact> facts() {
        return facts;
    }

    public List<GlossaryTerm> glossary() {
        return glossary;
    }

    /** Every question, section by section in file order. */
    public List<Question> questions() {
        return questions;
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The sections whose question file exists (a section can be written later than others). */
    public Set<Integer> sectionsWithQuestionFile() {
        return sectionsWithQuestionFile;
    }

    /** The Markdown text of a section's lesson in one language, if that lesson exists. */
    public Optional<String> lesson(int section, StudyLanguage language) {
        return Optional.ofNullable(lessons.get(LessonRef.lessonPath(section, language)));
    }

    private static byte[] require(StudySource source, String path) throws StudyContentException {
        return read(source, path).orElseThrow(() -> new StudyContentException(
                source.describe(path) + " is missing. The study content needs it next to the questions folder."));
    }

    private static Optional<byte[]> read(StudySource source, String path) throws StudyContentException {
        try {
            return source.read(path);
        } catch (IOException e) {
            throw new StudyContentException(source.describe(path) + " could not be read: " + e.getMessage(), e);
        }
    }

    private static JsonNode field(JsonNode node, String name, String file) throws StudyContentException {
        JsonNode value = node.get(name);
        if (value == null || !value.isArray()) {
            throw new StudyContentException(file + " needs a list under '" + name + ":'.");
        }
        return value;
    }

    private static <T> List<T> bindList(StudyYaml yaml, JsonNode list, Class<T> type, String where) throws StudyContentException {
        if (!list.isArray()) throw new StudyContentException(where.substring(0, where.lastIndexOf(',')) + " must be a YAML list.");
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            JsonNode item = list.get(i);
            String label = where + " " + (item.hasNonNull("id") ? item.get("id").asText() : "#" + (i + 1));
            T value = yaml.bind(item, type, label);
            RequiredFields.check(value, label);
            out.add(value);
        }
        return out;
    }
}
