package dev.playground.engine.study;

import java.util.List;

/**
 * A hands-on lab: it belongs to an exam section and topic, rests on confirmed facts, opens a starter prompt and/or the
 * handbook collection in the playground, and is checked by the app ({@link LabCheck}). {@code needsModel} says whether
 * checking it calls a model; such labs work with any connection, a local one included.
 */
public record Lab(String id, Integer section, String topic, List<String> facts, Boolean needsModel, LabOpens opens, LabCheckSpec check,
        LabText en, LabText es) {

    public Lab {
        facts = facts == null ? List.of() : List.copyOf(facts);
        opens = opens == null ? new LabOpens("", null) : opens;
        check = check == null ? new LabCheckSpec("", List.of(), List.of()) : check;
    }

    public LabText text(StudyLanguage language) {
        return language == StudyLanguage.ES ? es : en;
    }

    /** How a lesson links to this lab: {@code [title](lab:ID)}. */
    public String link() {
        return "lab:" + id;
    }
}
