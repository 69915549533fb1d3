package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** A model's Markdown answer becomes styled JavaFX nodes; HTML stays text. */
@ExtendWith(ApplicationExtension.class)
class MarkdownNodesTest {
    @Test
    void headingsParagraphsAndInlineStyles() {
        List<Node> nodes = MarkdownNodes.render("# Título\n\nSome *soft* and **bold** text with `code` and a [link](https://example.org).");
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).getStyleClass()).contains("md-heading", "md-h1");
        assertThat(text(nodes.get(0))).isEqualTo("Título");
        TextFlow paragraph = (TextFlow) nodes.get(1);
        assertThat(text(paragraph)).isEqualTo("Some soft and bold text with code and a link.");
        assertThat(run(paragraph, "soft").getStyleClass()).contains("md-em");
        assertThat(run(paragraph, "bold").getStyleClass()).contains("md-strong");
        assertThat(run(paragraph, "code").getStyleClass()).contains("md-code");
        assertThat(run(paragraph, "link").getStyleClass()).contains("md-link");
    }

    @Test
    void listsKeepTheirNumbersAndNesting() {
        List<Node> nodes = MarkdownNodes.render("3. three\n4. four\n   - inner\n");
        VBox list = (VBox) nodes.get(0);
        assertThat(list.getChildren()).hasSize(2);
        assertThat(text(list.getChildren().get(0))).isEqualTo("3.three");
        assertThat(text(list.getChildren().get(1))).isEqualTo("4.four•inner");
    }

    @Test
    void codeBlocksTablesRulesAndHtml() {
        List<Node> nodes = MarkdownNodes.render("```java\nint x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n---\n\n<b>not bold</b>\n");
        assertThat(nodes.get(0).getStyleClass()).contains("md-code-block");
        assertThat(text(nodes.get(0))).isEqualTo("int x = 1;");
        GridPane table = (GridPane) nodes.get(1);
        assertThat(table.getChildren()).hasSize(4);
        assertThat(table.getChildren().get(0).getStyleClass()).contains("md-table-head");
        assertThat(text(table)).isEqualTo("ab12");
        assertThat(nodes.get(2)).isInstanceOf(Separator.class);
        assertThat(text(nodes.get(3))).isEqualTo("<b>not bold</b>");
    }

    private static Text run(Parent parent, String literal) {
        return parent.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text t && t.getText().equals(literal)).map(Text.class::cast)
                .findFirst().orElseThrow();
    }

    private static String text(Node node) {
        if (node instanceof Text text) return text.getText();
        if (node instanceof Parent parent) return parent.getChildrenUnmodifiable().stream().map(MarkdownNodesTest::text).collect(Collectors.joining());
        return "";
    }
}
