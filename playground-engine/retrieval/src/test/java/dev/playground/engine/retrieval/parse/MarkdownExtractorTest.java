package dev.playground.engine.retrieval.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownExtractorTest {
    @Test
    void atx_headings_build_the_path_and_each_section_keeps_its_heading_line() {
        ParsedDocument doc = MarkdownExtractor.extract("""
                Intro before any heading.

                # Guide
                Welcome.
                ## Setup ##
                Install it.
                ### Linux
                apt install.
                ## Use
                Run it.
                """);
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("", "Guide", "Guide > Setup", "Guide > Setup > Linux", "Guide > Use");
        assertThat(doc.sections().get(2).text()).isEqualTo("## Setup ##\nInstall it.");
        assertThat(doc.sections().getFirst().text()).isEqualTo("Intro before any heading.");
    }

    @Test
    void underlined_setext_headings_count_as_headings() {
        ParsedDocument doc = MarkdownExtractor.extract("""
                Beekeeping
                ==========
                Bees.

                Winter cluster
                --------------
                They shiver.
                """);
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("Beekeeping", "Beekeeping > Winter cluster");
        assertThat(doc.sections().get(1).text()).startsWith("Winter cluster\n---").endsWith("They shiver.");
    }

    @Test
    void hashes_in_code_lists_and_quotes_are_not_headings_and_marks_leave_the_path() {
        ParsedDocument doc = MarkdownExtractor.extract("""
                # *Varroa* `mites`
                ```sh
                # a shell comment, not a heading
                ```
                    # indented code, not a heading
                - # inside a list item
                > # inside a quote
                #hashtag is text
                """);
        assertThat(doc.sections()).hasSize(1);
        assertThat(doc.sections().getFirst().heading()).isEqualTo("Varroa mites");
        assertThat(doc.sections().getFirst().text()).contains("# a shell comment").contains("#hashtag is text");
    }

    @Test
    void a_heading_with_nothing_under_it_makes_no_section_but_stays_in_the_path() {
        ParsedDocument doc = MarkdownExtractor.extract("""
                # Registering models

                ## Names
                Three levels.
                """);
        assertThat(doc.sections()).extracting(Section::heading).containsExactly("Registering models > Names");
        assertThat(MarkdownExtractor.extract("# Only a title\n").sections()).extracting(Section::text).containsExactly("# Only a title");
    }
}
