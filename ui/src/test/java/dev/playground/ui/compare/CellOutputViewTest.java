package dev.playground.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The streaming output keeps every character, and appends grow only its last, short block. */
@ExtendWith(ApplicationExtension.class)
class CellOutputViewTest {
    @Test
    void appendsKeepTheWholeTextInShortBlocks() {
        CellOutputView view = new CellOutputView("Copy");
        StringBuilder sent = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            String token = "word" + i + (i % 25 == 24 ? ".\n" : " ");
            view.append(token);
            sent.append(token);
        }
        assertThat(view.text()).isEqualTo(sent.toString());
        List<String> blocks = texts(view);
        assertThat(String.join("", blocks)).isEqualTo(sent.toString());
        assertThat(blocks).hasSizeGreaterThan(10);
        // a block closes at the first break after the limit, so none is much longer than the limit
        assertThat(blocks).allSatisfy(b -> assertThat(b.length()).isLessThan(CellOutputView.BLOCK_CHARS + 20));
    }

    @Test
    void aWordLongerThanABlockIsNotCut() {
        CellOutputView view = new CellOutputView("Copy");
        String longWord = "x".repeat(CellOutputView.BLOCK_CHARS * 2);
        view.append(longWord);
        view.append(" tail");
        assertThat(texts(view)).containsExactly(longWord + " ", "tail");
    }

    @Test
    void showRawReplacesEverythingWithOneBlockPerLine() {
        CellOutputView view = new CellOutputView("Copy");
        view.append("streamed text");
        view.showRaw("first line\nsecond line");
        assertThat(texts(view)).containsExactly("first line", "second line");
        assertThat(view.text()).isEqualTo("first line\nsecond line");
        view.showRaw("");
        assertThat(texts(view)).isEmpty();
    }

    private static List<String> texts(CellOutputView view) {
        return view.blocks().getChildren().stream().map(CellOutputViewTest::text).toList();
    }

    private static String text(Node node) {
        return ((Text) node).getText();
    }
}
