package dev.playground.engine.retrieval.parse;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Splits Markdown at its headings ("# Title" and underlined "Title / =====") and keeps the heading
 * path ("Guide > Setup") on each section, so chunks never straddle two sections and citations can
 * name the section. commonmark finds the headings, so "#" lines inside code blocks are left alone;
 * each section keeps the file's own lines, heading included.
 */
final class MarkdownExtractor {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private MarkdownExtractor() {}

    static ParsedDocument extract(String markdown) {
        String tidy = TextCleaner.tidy(markdown);
        String[] lines = tidy.split("\n", -1);
        List<Section> sections = new ArrayList<>();
        String[] path = new String[6];
        String currentHeading = "";
        int sectionStart = 0;
        int bodyStart = 0;
        // Only headings at the top level: one inside a list item or a quote belongs to that block.
        for (Node block = PARSER.parse(tidy).getFirstChild(); block != null; block = block.getNext()) {
            if (!(block instanceof Heading heading) || block.getSourceSpans().isEmpty()) continue;
            int line = block.getSourceSpans().getFirst().getLineIndex();
            flush(sections, lines, sectionStart, bodyStart, line, currentHeading);
            sectionStart = line;
            bodyStart = block.getSourceSpans().getLast().getLineIndex() + 1;
            int level = heading.getLevel();
            path[level - 1] = plainText(heading);
            for (int i = level; i < path.length; i++) path[i] = null;
            currentHeading = joinPath(path);
        }
        flush(sections, lines, sectionStart, bodyStart, lines.length, currentHeading);
        if (sections.isEmpty() && !tidy.isBlank()) sections.add(new Section(tidy.strip(), 0, currentHeading));
        return new ParsedDocument(sections, List.of());
    }

    /**
     * A heading with nothing under it before the next heading (a document title over its first
     * section) makes no section of its own: a chunk of one heading line matches many questions and
     * answers none. Its words stay in the heading path of the sections below it.
     */
    private static void flush(List<Section> sections, String[] lines, int from, int bodyFrom, int to, String heading) {
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, Math.min(bodyFrom, Math.max(from, to)), Math.max(from, to)));
        if (!heading.isEmpty() && body.isBlank()) return;
        String text = String.join("\n", java.util.Arrays.copyOfRange(lines, from, Math.max(from, to))).strip();
        if (!text.isEmpty()) sections.add(new Section(text, 0, heading));
    }

    /** The heading's words without Markdown marks: "## *Varroa* `mites`" gives "Varroa mites". */
    private static String plainText(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(Code node) {
                text.append(node.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak node) {
                text.append(' ');
            }

            @Override
            public void visit(HardLineBreak node) {
                text.append(' ');
            }
        });
        return text.toString().strip();
    }

    private static String joinPath(String[] path) {
        List<String> parts = new ArrayList<>();
        for (String part : path) if (part != null && !part.isEmpty()) parts.add(part);
        return String.join(" > ", parts);
    }
}
