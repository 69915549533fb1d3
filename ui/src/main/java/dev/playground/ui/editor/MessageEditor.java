package dev.playground.ui.editor;

import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.engine.prompt.syntax.TemplateToken;
import dev.playground.ui.common.I18n;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.CodeArea;
import org.fxmisc.richtext.LineNumberFactory;
import org.fxmisc.richtext.model.StyleSpans;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One message block on screen: a role switch, move and remove buttons, a token count, and a code
 * area with incremental highlighting, closing-bracket insertion and in-place marks for problems.
 */
final class MessageEditor {
    private final MessageBlock block;
    private final CodeArea area = new CodeArea();
    /** A grey hint in an empty message, saying what goes there for its role. */
    private final javafx.scene.control.Label placeholder = new javafx.scene.control.Label();
    private final I18n i18n;
    private final IncrementalHighlighter highlighter = new IncrementalHighlighter();
    private final ComboBox<Role> roleBox = new ComboBox<>();
    private final Label tokens = new Label();
    private final Button up = iconButton("fth-arrow-up");
    private final Button down = iconButton("fth-arrow-down");
    private final Button remove = iconButton("fth-x");
    private final VBox root;
    private boolean syncing;
    /** End of the closer inserted by {@link #closeBrackets}; typing inside it steps over it. */
    private int autoCloseEnd = -1;

    MessageEditor(MessageBlock block, I18n i18n) {
        this.block = block;
        this.i18n = i18n;
        area.getStyleClass().add("template-editor");
        area.setWrapText(true);
        area.setParagraphGraphicFactory(LineNumberFactory.get(area));
        placeholder.getStyleClass().add("editor-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMouseTransparent(true);
        placeholder.maxWidthProperty().bind(area.widthProperty().subtract(48));
        area.setPlaceholder(placeholder, Pos.TOP_LEFT);
        area.replaceText(block.textProperty().get());
        area.getUndoManager().forgetHistory();
        apply(highlighter.reset(area.getText()));
        area.plainTextChanges().subscribe(change -> {
            apply(highlighter.edit(area.getText(), change.getPosition(), change.getRemoved().length(), change.getInserted().length()));
            if (change.getPosition() < autoCloseEnd) autoCloseEnd += change.getInserted().length() - change.getRemoved().length();
            if (!syncing) block.textProperty().set(area.getText());
        });
        // Held by this editor's root, not by the block, so an editor built for an older language can be collected.
        javafx.beans.value.ChangeListener<String> followText = (obs, old, now) -> {
            if (!now.equals(area.getText())) {
                syncing = true;
                area.replaceText(now);
                syncing = false;
            }
        };
        area.addEventFilter(KeyEvent.KEY_TYPED, this::closeBrackets);

        roleBox.getItems().setAll(Role.values());
        roleBox.setButtonCell(new RoleCell(i18n));
        roleBox.setCellFactory(list -> new RoleCell(i18n));
        roleBox.valueProperty().bindBidirectional(block.roleProperty());
        roleBox.setAccessibleText(i18n.text("editor.role"));
        roleBox.getStyleClass().add("role-box");
        up.setTooltip(new Tooltip(i18n.text("editor.moveUp")));
        down.setTooltip(new Tooltip(i18n.text("editor.moveDown")));
        remove.setTooltip(new Tooltip(i18n.text("editor.remove")));
        up.setAccessibleText(i18n.text("editor.moveUp"));
        down.setAccessibleText(i18n.text("editor.moveDown"));
        remove.setAccessibleText(i18n.text("editor.remove"));
        tokens.getStyleClass().add("message-tokens");
        // The role and its token count keep their width in a narrow column; the space between them gives way.
        roleBox.setMinWidth(Region.USE_PREF_SIZE);
        tokens.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(4, roleBox, tokens, spacer, up, down, remove);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("message-header");
        // A narrow column never widens the block (its text would run under the scroll bar): the token count,
        // also shown in the preview, steps aside when the header has no room for it.
        header.setMinWidth(0);
        header.widthProperty().addListener((obs, old, now) -> fitTokens(header));
        tokens.textProperty().addListener((obs, old, now) -> fitTokens(header));
        VirtualizedScrollPane<CodeArea> scroll = new VirtualizedScrollPane<>(area);
        double scale = dev.playground.ui.common.Theme.fontScale();
        scroll.setPrefHeight(110);
        // A few lines at least; an empty message at least as tall as its hint, so the hint is never cut.
        scroll.minHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
            double least = 64 * scale;
            if (!area.getText().isEmpty() || area.getWidth() <= 0) return least;
            return Math.max(least, placeholder.prefHeight(Math.max(40, area.getWidth() - 48)) + 12);
        }, area.widthProperty(), area.textProperty(), placeholder.textProperty()));
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root = new VBox(4, header, scroll);
        root.setMinWidth(0);
        root.getStyleClass().add("message-block");
        updateRoleStyle(block.roleProperty().get());
        // The block belongs to the view model, which outlives this editor: it holds the listener weakly.
        dev.playground.ui.common.ViewListeners.of(root).onChange(block.roleProperty(), (obs, old, now) -> updateRoleStyle(now));
        dev.playground.ui.common.ViewListeners.of(root).onChange(block.textProperty(), followText);
    }

    VBox root() {
        return root;
    }

    CodeArea area() {
        return area;
    }

    MessageBlock block() {
        return block;
    }

    Button upButton() {
        return up;
    }

    Button downButton() {
        return down;
    }

    Button removeButton() {
        return remove;
    }

    private void fitTokens(HBox header) {
        if (header.getWidth() <= 0) return;
        double others = 0;
        int shown = 0;
        for (javafx.scene.Node child : header.getChildren()) {
            if (child == tokens || !(child instanceof Region region)) continue;
            others += region.prefWidth(-1);
            shown++;
        }
        double room = header.getWidth() - header.getInsets().getLeft() - header.getInsets().getRight() - others - header.getSpacing() * shown;
        boolean fits = !tokens.getText().isEmpty() && tokens.prefWidth(-1) <= room;
        tokens.setVisible(fits);
        tokens.setManaged(fits);
    }

    void showTokens(String text) {
        tokens.setText(text);
    }

    /** Underlines the syntax problem (if it is in this message) and variables that have no value. */
    void showMarks(TemplateProblem problem, Set<String> unfilled) {
        List<IncrementalHighlighter.Mark> marks = new ArrayList<>();
        String text = area.getText();
        if (problem != null && problem.offset() <= text.length()) {
            int end = Math.min(text.length(), problem.offset() + Math.max(problem.length(), 1));
            marks.add(new IncrementalHighlighter.Mark(problem.offset(), Math.max(end, problem.offset() + 1), "tpl-error"));
        }
        if (!unfilled.isEmpty()) {
            for (TemplateToken token : highlighter.tokens()) {
                if (token.kind() == TemplateToken.Kind.EXPRESSION && token.closed() && unfilled.stream().anyMatch(name -> mentions(token.inner(text), name))) {
                    marks.add(new IncrementalHighlighter.Mark(token.start(), token.end(), "tpl-unfilled"));
                }
            }
        }
        marks.sort(java.util.Comparator.comparingInt(IncrementalHighlighter.Mark::start));
        apply(highlighter.mark(withoutOverlaps(marks, text.length())));
        root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"), problem != null);
    }

    private static boolean mentions(String expression, String path) {
        return expression.equals(path) || expression.startsWith(path + " ") || expression.startsWith(path + "|")
                || expression.startsWith(path + ".") || expression.startsWith(path + "[");
    }

    private static List<IncrementalHighlighter.Mark> withoutOverlaps(List<IncrementalHighlighter.Mark> marks, int length) {
        List<IncrementalHighlighter.Mark> result = new ArrayList<>();
        int covered = 0;
        for (IncrementalHighlighter.Mark mark : marks) {
            int start = Math.max(mark.start(), covered);
            int end = Math.min(mark.end(), length);
            if (end > start) {
                result.add(new IncrementalHighlighter.Mark(start, end, mark.style()));
                covered = end;
            }
        }
        return result;
    }

    private void apply(IncrementalHighlighter.Restyle restyle) {
        StyleSpans<Collection<String>> spans = restyle.spans();
        if (spans.length() == 0 || restyle.from() + spans.length() > area.getLength()) return;
        area.setStyleSpans(restyle.from(), spans);
    }

    /**
     * Typing {@code {} after {@code {} inserts the closing {@code }}} after the caret; the same for
     * {@code {%} and {@code {#}. Typing the closer yourself steps over the inserted one, so
     * "{{name}}" typed in full comes out as typed.
     */
    private void closeBrackets(KeyEvent event) {
        String typed = event.getCharacter();
        int caret = area.getCaretPosition();
        String text = area.getText();
        if (area.getSelection().getLength() > 0) return;
        if (caret < autoCloseEnd && autoCloseEnd <= text.length() && typed.length() == 1 && text.charAt(caret) == typed.charAt(0)
                && "}%#".contains(typed)) {
            event.consume();
            area.moveTo(caret + 1);
            return;
        }
        if (caret == 0 || text.charAt(caret - 1) != '{') return;
        String closing = switch (typed) {
            case "{" -> "}}";
            case "%" -> "%}";
            case "#" -> "#}";
            default -> null;
        };
        if (closing == null) return;
        event.consume();
        area.insertText(caret, typed + closing);
        area.moveTo(caret + 1);
        autoCloseEnd = caret + 1 + closing.length();
    }

    private void updateRoleStyle(Role role) {
        placeholder.setText(role == null ? "" : i18n.text("editor.placeholder." + role.wireName()));
        for (Role each : Role.values()) {
            root.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(each.wireName()), each == role);
        }
    }

    private static Button iconButton(String icon) {
        Button button = new Button(null, new FontIcon(icon));
        button.getStyleClass().addAll("flat", "message-action");
        // Small, so a message's header fits a narrow editor column (the theme's button padding would not).
        button.setStyle("-fx-padding: 0.2em 0.3em 0.2em 0.3em; -fx-min-width: 0;");
        button.setFocusTraversable(false);
        return button;
    }

    static boolean isMoveKey(KeyEvent event) {
        return event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN);
    }

    private static final class RoleCell extends ListCell<Role> {
        private final I18n i18n;

        RoleCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Role role, boolean empty) {
            super.updateItem(role, empty);
            setText(empty || role == null ? null : i18n.text("editor.role." + role.wireName()));
        }
    }
}
