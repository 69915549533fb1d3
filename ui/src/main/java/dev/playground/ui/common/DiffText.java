package dev.playground.ui.common;

import dev.playground.engine.compare.WordDiff;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Word-level diff marks as wrapping text: the words only in the first text are struck through, those only
 * in the second underlined, both in the theme's danger and success colours (app.css, {@code .diff-word-*}),
 * so the marks read in the light and the dark theme alike and do not depend on colour alone.
 */
public final class DiffText {
    /** Which text a flow shows: both (removed then added words in one run) or one side with its own changes. */
    public enum Side { BOTH, FIRST, SECOND }

    private DiffText() {}

    /** A flow of the segments as {@code side} sees them; its accessible text is the plain text it shows. */
    public static TextFlow flow(List<WordDiff.Segment> segments, Side side) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("diff-words");
        StringBuilder plain = new StringBuilder();
        for (WordDiff.Segment segment : segments) {
            if (side == Side.FIRST && segment.kind() == WordDiff.Kind.ADDED) continue;
            if (side == Side.SECOND && segment.kind() == WordDiff.Kind.REMOVED) continue;
            Text text = new Text(segment.text());
            text.getStyleClass().addAll("diff-word", "diff-word-" + segment.kind().name().toLowerCase(Locale.ROOT));
            flow.getChildren().add(text);
            plain.append(segment.text());
        }
        flow.setAccessibleText(plain.toString());
        return flow;
    }

    /** The first and second text's lines as {@code side} shows them, marked word by word. */
    public static TextFlow between(String first, String second, Side side) {
        return flow(WordDiff.between(first, second), side);
    }

    /** The text a flow shows, joined from its pieces. */
    public static String text(TextFlow flow) {
        StringBuilder plain = new StringBuilder();
        for (Node child : flow.getChildren()) if (child instanceof Text text) plain.append(text.getText());
        return plain.toString();
    }
}
