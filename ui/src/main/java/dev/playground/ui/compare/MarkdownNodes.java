package dev.playground.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
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
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Turns a model's Markdown answer into JavaFX nodes (no WebView): headings, paragraphs with
 * emphasis, strong, inline code and links, bullet and numbered lists, code blocks, quotes, rules
 * and GitHub-style tables. HTML in the answer is shown as text, never interpreted. Colours and
 * fonts come from style classes ({@code md-*} in compare.css).
 */
final class MarkdownNodes {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private MarkdownNodes() {}

    static List<javafx.scene.Node> render(String markdown) {
        List<javafx.scene.Node> nodes = new ArrayList<>();
        blocks(PARSER.parse(markdown), nodes);
        return nodes;
    }

    private static void blocks(Node parent, List<javafx.scene.Node> out) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) out.add(block(child));
    }

    private static javafx.scene.Node block(Node node) {
        return switch (node) {
            case Heading heading -> flow(heading, "md-heading", "md-h" + Math.min(heading.getLevel(), 3));
            case Paragraph paragraph -> flow(paragraph, "md-paragraph");
            case FencedCodeBlock code -> codeBlock(code.getLiteral());
            case IndentedCodeBlock code -> codeBlock(code.getLiteral());
            case HtmlBlock html -> codeBlock(html.getLiteral());
            case BulletList list -> list(list, -1, "");
            case OrderedList list -> list(list, list.getMarkerStartNumber() == null ? 1 : list.getMarkerStartNumber(),
                    list.getMarkerDelimiter() == null ? "." : list.getMarkerDelimiter());
            case BlockQuote quote -> container(quote, "md-quote");
            case ThematicBreak rule -> new Separator();
            case TableBlock table -> table(table);
            default -> container(node, "md-block");
        };
    }

    private static TextFlow flow(Node parent, String... styleClasses) {
        List<Text> runs = new ArrayList<>();
        inline(parent, Set.of(), runs);
        TextFlow flow = new TextFlow(runs.toArray(Text[]::new));
        flow.getStyleClass().addAll(styleClasses);
        return flow;
    }

    private static void inline(Node parent, Set<String> styles, List<Text> out) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case org.commonmark.node.Text text -> out.add(run(text.getLiteral(), styles));
                case Code code -> out.add(run(code.getLiteral(), with(styles, "md-code")));
                case Emphasis emphasis -> inline(emphasis, with(styles, "md-em"), out);
                case StrongEmphasis strong -> inline(strong, with(styles, "md-strong"), out);
                case Link link -> inline(link, with(styles, "md-link"), out);
                case Image image -> inline(image, with(styles, "md-link"), out);
                case SoftLineBreak soft -> out.add(run(" ", styles));
                case HardLineBreak hard -> out.add(run("\n", styles));
                case HtmlInline html -> out.add(run(html.getLiteral(), styles));
                default -> inline(node, styles, out);
            }
        }
    }

    private static Text run(String text, Set<String> styles) {
        Text run = new Text(text);
        run.getStyleClass().add("md-text");
        run.getStyleClass().addAll(styles);
        return run;
    }

    private static Set<String> with(Set<String> styles, String style) {
        return Set.copyOf(Stream.concat(styles.stream(), Stream.of(style)).toList());
    }

    private static javafx.scene.Node codeBlock(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        TextFlow flow = new TextFlow(run(text, Set.of("md-code")));
        flow.getStyleClass().add("md-code-block");
        return flow;
    }

    /** {@code start} below 0 means bullets; otherwise items are numbered from it with {@code delimiter}. */
    private static VBox list(Node list, int start, String delimiter) {
        VBox items = new VBox(2);
        items.getStyleClass().add("md-list");
        int number = start;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) continue;
            Text marker = run(start < 0 ? "•" : number++ + delimiter, Set.of("md-marker"));
            VBox content = new VBox(2);
            List<javafx.scene.Node> children = new ArrayList<>();
            blocks(item, children);
            content.getChildren().setAll(children);
            content.setMinWidth(0);
            content.setPrefWidth(0);
            HBox.setHgrow(content, Priority.ALWAYS);
            HBox row = new HBox(4, marker, content);
            items.getChildren().add(row);
        }
        return items;
    }

    private static VBox container(Node parent, String styleClass) {
        VBox box = new VBox(4);
        box.getStyleClass().add(styleClass);
        List<javafx.scene.Node> children = new ArrayList<>();
        blocks(parent, children);
        box.getChildren().setAll(children);
        return box;
    }

    private static GridPane table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setHgap(1);
        grid.setVgap(1);
        int row = 0;
        int columns = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node tableRow = section.getFirstChild(); tableRow != null; tableRow = tableRow.getNext()) {
                int column = 0;
                for (Node cell = tableRow.getFirstChild(); cell != null; cell = cell.getNext()) {
                    TextFlow flow = flow(cell, head || cell instanceof TableCell c && c.isHeader() ? "md-table-head" : "md-table-cell");
                    flow.setMinWidth(0);
                    grid.add(flow, column++, row);
                }
                columns = Math.max(columns, column);
                row++;
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraints = new ColumnConstraints();
            constraints.setPercentWidth(100.0 / columns);
            grid.getColumnConstraints().add(constraints);
        }
        return grid;
    }
}
