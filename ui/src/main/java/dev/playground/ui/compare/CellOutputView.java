package dev.playground.ui.compare;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A cell's output: a fixed-height scroll area holding the text as short blocks of {@link Text}.
 * Streaming appends touch only the last block, so a frame lays out a few hundred characters per
 * cell instead of the whole answer (a TextArea re-lays out its whole paragraph on every append),
 * and the fixed height keeps the grid's layout still while text grows. Like the text area it
 * replaces, it stays at the top rather than following the stream: once the area is full, new
 * text lands below the visible part and a frame only repaints the scroll bar. When a stream ends
 * the view shows the whole answer again, raw or as rendered nodes.
 */
final class CellOutputView {
    /** A streaming block is closed after this many characters, at the next line break or space. */
    static final int BLOCK_CHARS = 400;
    static final double HEIGHT = 150;

    private final VBox blocks = new VBox(2);
    private final ScrollPane scroll = new ScrollPane(blocks);
    private final Region holder = new FixedHolder(scroll);
    private final StringBuilder all = new StringBuilder();
    private Text tail;

    CellOutputView(String copyLabel) {
        scroll.getStyleClass().add("cell-output");
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(true);
        Viewports.renderUncached(scroll);
        blocks.getStyleClass().add("cell-output-blocks");
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> {
            if (old == null || old.getWidth() != now.getWidth()) blocks.getChildren().forEach(this::wrap);
        });
        MenuItem copy = new MenuItem(copyLabel);
        copy.setOnAction(e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(all.toString());
            Clipboard.getSystemClipboard().setContent(content);
        });
        scroll.setContextMenu(new ContextMenu(copy));
    }

    /** Streamed text arrived: grows the last block, or starts a new one once it is long enough. */
    void append(String chunk) {
        if (chunk.isEmpty()) return;
        all.append(chunk);
        String rest = chunk;
        while (!rest.isEmpty()) {
            if (tail == null) tail = addBlock("");
            int room = BLOCK_CHARS - tail.getText().length();
            int cut = room > 0 ? -1 : breakAt(rest);
            if (cut < 0) {
                tail.setText(tail.getText() + rest);
                rest = "";
            } else {
                tail.setText(tail.getText() + rest.substring(0, cut));
                rest = rest.substring(cut);
                tail = null;
            }
        }
    }

    /** Replaces everything with {@code text} in paragraph blocks (a reset, a reopened cell, an ended stream). */
    void showRaw(String text) {
        all.setLength(0);
        all.append(text);
        tail = null;
        blocks.getChildren().clear();
        if (!text.isEmpty()) for (String paragraph : text.split("\n", -1)) addBlock(paragraph);
    }

    /** Replaces everything with already built nodes (rendered Markdown); {@code text} is what Copy copies. */
    void showNodes(String text, List<Node> nodes) {
        all.setLength(0);
        all.append(text);
        tail = null;
        blocks.getChildren().setAll(nodes);
        blocks.getChildren().forEach(this::wrap);
    }

    String text() {
        return all.toString();
    }

    Node root() {
        return holder;
    }

    VBox blocks() {
        return blocks;
    }

    private Text addBlock(String text) {
        Text block = new Text(text);
        block.getStyleClass().add("cell-output-text");
        wrap(block);
        blocks.getChildren().add(block);
        return block;
    }

    private void wrap(Node node) {
        double width = Math.max(40, scroll.getViewportBounds().getWidth() > 0 ? scroll.getViewportBounds().getWidth() - 4 : CompareView.COLUMN_WIDTH - 24);
        if (node instanceof Text text) text.setWrappingWidth(width);
        else if (node instanceof Region region) region.setMaxWidth(width);
    }

    /**
     * A fixed-height box whose scroll pane is unmanaged, which makes the scroll pane a layout root:
     * text growing inside it re-lays out that scroll pane only, instead of asking the cell, the
     * grid and the window to lay out again on every frame.
     */
    private static final class FixedHolder extends Region {
        private final ScrollPane scroll;

        FixedHolder(ScrollPane scroll) {
            this.scroll = scroll;
            scroll.setManaged(false);
            getChildren().add(scroll);
            setMinHeight(HEIGHT);
            setPrefHeight(HEIGHT);
            setMaxHeight(HEIGHT);
        }

        @Override
        protected double computePrefWidth(double height) {
            return CompareView.COLUMN_WIDTH - 14;
        }

        @Override
        protected void layoutChildren() {
            scroll.resizeRelocate(0, 0, getWidth(), getHeight());
        }
    }

    /** Where to close the full block: just after the first line break or space in {@code text}, or -1. */
    private static int breakAt(String text) {
        int newline = text.indexOf('\n');
        if (newline >= 0) return newline + 1;
        int space = text.indexOf(' ');
        return space >= 0 ? space + 1 : -1;
    }
}
