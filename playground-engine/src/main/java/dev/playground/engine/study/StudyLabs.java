package dev.playground.engine.study;

import com.fasterxml.jackson.databind.JsonNode;
import dev.playground.engine.prompt.file.PlaygroundFormat;
import dev.playground.engine.prompt.file.PromptFile;
import dev.playground.engine.prompt.file.PromptFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The hands-on labs that ship with the app, for the study window ({@link LabCatalog}) and {@code playground study labs}:
 * list them (all, or a section's), find one by id, and open its starter prompt. Labs live in {@code study/labs/section-N.yaml} (one
 * YAML list per exam section) and their starters beside them in {@code study/labs/starters/}; loading checks their
 * shape, {@link LabLint} their content. To check a student's work, hand a lab to {@link LabCheck}.
 *
 * <pre>{@code
 * StudyLabs labs = StudyLabs.load();
 * for (Lab lab : labs.section(2)) show(lab.text(StudyLanguage.ES).title(), lab.needsModel());
 * PromptFile starter = labs.starter(labs.lab("lab-1-few-shot-json").orElseThrow()).orElseThrow();
 * }</pre>
 */
public final class StudyLabs implements LabCatalog {
    public static final String FOLDER = "labs";

    private final List<Lab> labs;
    private final StudySource source;

    private StudyLabs(List<Lab> labs, StudySource source) {
        this.labs = List.copyOf(labs);
        this.source = source;
    }

    /** The labs shipped with the app. */
    public static StudyLabs load() throws StudyContentException {
        return load(StudySource.classPath(StudyLabs.class.getClassLoader(), QuestionBank.CLASS_PATH_ROOT));
    }

    /** Labs from the given study root; a section without a labs file simply has none. */
    public static StudyLabs load(StudySource source) throws StudyContentException {
        StudyYaml yaml = new StudyYaml();
        List<Lab> labs = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int section = 1; section <= 6; section++) {
            String path = sectionPath(section);
            Optional<byte[]> content = read(source, path);
            if (content.isEmpty()) continue;
            String file = source.describe(path);
            JsonNode list = yaml.read(content.get(), file);
            if (!list.isArray()) throw new StudyContentException(file + " must be a YAML list of labs.");
            for (int i = 0; i < list.size(); i++) {
                JsonNode item = list.get(i);
                String label = file + ", lab " + (item.hasNonNull("id") ? item.get("id").asText() : "#" + (i + 1));
                Lab lab = yaml.bind(item, Lab.class, label);
                requireShape(lab, label);
                if (lab.section() != section) {
                    throw new StudyContentException(label + " says section " + lab.section() + " but sits in " + path + ". Move it or fix the section.");
                }
                if (!ids.add(lab.id())) throw new StudyContentException(label + ": the id " + lab.id() + " is used twice. Give each lab its own id.");
                labs.add(lab);
            }
        }
        return new StudyLabs(labs, source);
    }

    public static String sectionPath(int section) {
        return FOLDER + "/section-" + section + ".yaml";
    }

    /** Every lab, section by section in file order. */
    public List<Lab> labs() {
        return labs;
    }

    /** The labs of one exam section (1–6), in file order. */
    public List<Lab> section(int section) {
        return labs.stream().filter(lab -> lab.section() == section).toList();
    }

    /** The study window's list: id, section and both titles of each lab of the section. */
    @Override
    public List<LabSummary> labsFor(int section) {
        return section(section).stream().map(lab -> new LabSummary(lab.id(), lab.section(), lab.en().title(), lab.es().title())).toList();
    }

    public Optional<Lab> lab(String id) {
        return labs.stream().filter(lab -> lab.id().equals(id)).findFirst();
    }

    /** The raw text of the lab's starter prompt file (to save as the student's own copy), empty when it has none. */
    public Optional<String> starterText(Lab lab) throws StudyContentException {
        if (!lab.opens().hasPrompt()) return Optional.empty();
        String path = FOLDER + "/" + lab.opens().prompt();
        byte[] bytes = read(source, path).orElseThrow(() -> new StudyContentException(
                "Lab " + lab.id() + " opens " + source.describe(path) + ", which does not exist."));
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    /** The lab's starter prompt, parsed; empty when it has none. */
    public Optional<PromptFile> starter(Lab lab) throws StudyContentException {
        Optional<String> text = starterText(lab);
        if (text.isEmpty()) return Optional.empty();
        try {
            return Optional.of(PlaygroundFormat.read(text.get()));
        } catch (PromptFileException e) {
            throw new StudyContentException("The starter of lab " + lab.id() + " (" + lab.opens().prompt() + ") cannot be read: " + e.getMessage(), e);
        }
    }

    private static void requireShape(Lab lab, String label) throws StudyContentException {
        if (lab.id() == null || lab.id().isBlank()) throw new StudyContentException(label + ": 'id' is missing. Add it.");
        if (lab.section() == null) throw new StudyContentException(label + ": 'section' is missing. Add it (1 to 6).");
        if (lab.needsModel() == null) {
            throw new StudyContentException(label + ": 'needsModel' is missing. Say true when the lab needs a model connection, else false.");
        }
        if (lab.topic() == null) throw new StudyContentException(label + ": 'topic' is missing. Add it.");
        if (lab.en() == null) throw new StudyContentException(label + ": 'en' is missing. Add the English text.");
        if (lab.es() == null) throw new StudyContentException(label + ": 'es' is missing. Add the Spanish text.");
        for (LabAssertion assertion : allAssertions(lab)) {
            if (assertion == null) throw new StudyContentException(label + ": an assertion is empty. Remove the stray '-'.");
        }
    }

    /** The lab-wide assertions and those of every case. */
    static List<LabAssertion> allAssertions(Lab lab) {
        List<LabAssertion> all = new ArrayList<>(lab.check().asserts());
        for (LabCase c : lab.check().cases()) all.addAll(c.asserts());
        return all;
    }

    private static Optional<byte[]> read(StudySource source, String path) throws StudyContentException {
        try {
            return source.read(path);
        } catch (IOException e) {
            throw new StudyContentException(source.describe(path) + " could not be read: " + e.getMessage(), e);
        }
    }
}
