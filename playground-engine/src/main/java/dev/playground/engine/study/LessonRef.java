package dev.playground.engine.study;

/**
 * A link to the part of a section's lesson that teaches one topic: the lesson file is derived from
 * the section, the place inside it from the topic's anchor comment.
 */
public record LessonRef(int section, String topic) {

    /** The lesson's path under the study root, for example {@code lessons/section-2.es.md}. */
    public String path(StudyLanguage language) {
        return lessonPath(section, language);
    }

    /** The comment that marks the topic's heading in the lesson. */
    public String anchor() {
        return anchorFor(topic);
    }

    public static String lessonPath(int section, StudyLanguage language) {
        return "lessons/section-" + section + "." + language.code() + ".md";
    }

    public static String anchorFor(String topic) {
        return "<!-- topic: " + topic + " -->";
    }
}
