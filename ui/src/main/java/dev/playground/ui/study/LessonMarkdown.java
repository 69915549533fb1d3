package dev.playground.ui.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.parser.Parser;

/**
 * A lesson's Markdown as JavaFX nodes (no WebView): headings, paragraphs, lists, tables and code, with
 * links as hyperlinks handed to {@code onLink} ({@code glossary:ID}, {@code lab:ID}, or a web address).
 * HTML comments (the topic anchors) are left out. Styles: {@code lesson-*} in study.css.
 */
final class LessonMarkdown {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final Consumer<String> onLink;

    private LessonMarkdown(Consumer<String> onLink) {
        this.onLink = onLink;
    }

    static List<javafx.scene.Node> render(String markdown, Consumer<String> onLink) {
        LessonMarkdown renderer = new LessonMarkdown(onLink);
        List<javafx.scene.Node> out = new ArrayList<>();
        renderer.blocks(PARSER.parse(markdown), out);
        return out;
    }

    private void blocks(Node parent, List<javafx.scene.Node> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            javafx.scene.Node block = block(child);
            if (block != null) out.add(block);
        }
    }

    private javafx.scene.Node block(Node node) {
        return switch (node) {
            case Heading h -> flow(h, "lesson-heading", "lesson-h" + Math.min(h.getLevel(), 3));
            case org.commonmark.node.Paragraph p -> flow(p, "lesson-paragraph");
            case FencedCodeBlock c -> code(c.getLiteral());
            case IndentedCodeBlock c -> code(c.getLiteral());
            case HtmlBlock html -> html.getLiteral().strip().startsWith("<!--") ? null : code(html.getLiteral());
            case BulletList list -> list(list, false);
            case OrderedList list -> list(list, true);
            case TableBlock table -> table(table);
            default -> {
                VBox box = new VBox(6);
                List<javafx.scene.Node> children = new ArrayList<>();
                blocks(node, children);
                box.getChildren().setAll(children);
                box.getStyleClass().add("lesson-block");
                yield box;
            }
        };
    }

    private TextFlow flow(Node parent, String... styles) {
        TextFlow flow = new TextFlow();
        inline(parent, flow, "");
        flow.getStyleClass().addAll(styles);
        return flow;
    }

    private void inline(Node parent, TextFlow flow, String style) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            switch (n) {
                case org.commonmark.node.Text t -> flow.getChildren().add(text(t.getLiteral(), style));
                case Code c -> flow.getChildren().add(text(c.getLiteral(), "lesson-code"));
                case Emphasis e -> inline(e, flow, "lesson-em");
                case StrongEmphasis s -> inline(s, flow, "lesson-strong");
                case SoftLineBreak b -> flow.getChildren().add(text(" ", style));
                case HardLineBreak b -> flow.getChildren().add(text("\n", style));
                case Link link -> flow.getChildren().add(link(link));
                default -> inline(n, flow, style);
            }
        }
    }

    private Hyperlink link(Link link) {
        StringBuilder label = new StringBuilder();
        collectText(link, label);
        Hyperlink hyperlink = new Hyperlink(label.toString());
        String target = link.getDestination();
        hyperlink.getStyleClass().add(target.startsWith("glossary:") ? "lesson-term" : "lesson-link");
        hyperlink.setOnAction(e -> onLink.accept(target));
        hyperlink.setFocusTraversable(false);
        return hyperlink;
    }

    private static void collectText(Node parent, StringBuilder out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) out.append(t.getLiteral());
            else if (n instanceof Code c) out.append(c.getLiteral());
            else collectText(n, out);
        }
    }

    private static Text text(String literal, String style) {
        Text text = new Text(literal);
        text.getStyleClass().add("lesson-text");
        if (!style.isEmpty()) text.getStyleClass().add(style);
        return text;
    }

    private static Label code(String literal) {
        Label label = new Label(literal.stripTrailing());
        label.getStyleClass().add("lesson-code-block");
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        return label;
    }

    private VBox list(Node list, boolean numbered) {
        VBox box = new VBox(4);
        box.getStyleClass().add("lesson-list");
        int number = numbered && ((OrderedList) list).getMarkerStartNumber() != null ? ((OrderedList) list).getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            Label marker = new Label(numbered ? (number++) + "." : "•");
            marker.getStyleClass().add("lesson-marker");
            marker.setMinWidth(22);
            VBox content = new VBox(4);
            List<javafx.scene.Node> children = new ArrayList<>();
            blocks(item, children);
            content.getChildren().setAll(children);
            HBox.setHgrow(content, Priority.ALWAYS);
            box.getChildren().add(new HBox(6, marker, content));
        }
        return box;
    }

    private GridPane table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("lesson-table");
        int row = 0;
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node tableRow = part.getFirstChild(); tableRow != null; tableRow = tableRow.getNext()) {
                int column = 0;
                for (Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (!(cell instanceof TableCell)) continue;
                    TextFlow flow = flow(cell, part instanceof TableHead ? "lesson-table-head" : "lesson-table-cell");
                    flow.setMaxWidth(420);
                    grid.add(flow, column++, row);
                }
                row++;
            }
        }
        return grid;
    }
}
