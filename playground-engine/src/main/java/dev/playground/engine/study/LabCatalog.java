package dev.playground.engine.study;

import java.util.List;

/**
 * The hands-on labs a lesson ends in, listed per exam section. The study window shows a section's
 * labs next to its lesson and offers "Open lab" for each; the labs themselves (starter, goal, check)
 * belong to whoever implements this.
 */
@FunctionalInterface
public interface LabCatalog {
    /** No labs yet: the study window shows an empty list. */
    LabCatalog NONE = section -> List.of();

    /** The labs of one exam section (1-6), in the order a student should take them. */
    List<LabSummary> labsFor(int section);

    /** What the study window needs to list a lab: its id (to open it), section and title in both languages. */
    record LabSummary(String id, int section, String titleEn, String titleEs) {
        public String title(StudyLanguage language) {
            return language == StudyLanguage.ES ? titleEs : titleEn;
        }
    }
}
