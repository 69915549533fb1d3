package dev.playground.ui.history;

import dev.playground.ui.common.ViewListeners;
import dev.playground.engine.diff.DiffLine;
import dev.playground.engine.diff.DocumentDiff;
import dev.playground.engine.diff.FieldChange;
import dev.playground.engine.diff.MessageDiff;
import dev.playground.store.AliasMove;
import dev.playground.store.PromptVersion;
import dev.playground.store.VersionUsage;
import dev.playground.ui.common.I18n;
import dev.playground.ui.common.ViewLoader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** A prompt's history: timeline, side-by-side diff of two versions, restore, aliases, tags and lineage. */
public final class HistoryView {
    private final HistoryViewModel viewModel;
    private final I18n i18n;
    private final Parent root;
    private final DateTimeFormatter when;

    @FXML private Label titleLabel;
    @FXML private Label leftLabel;
    @FXML private Label rightLabel;
    @FXML private ComboBox<PromptVersion> leftBox;
    @FXML private ComboBox<PromptVersion> rightBox;
    @FXML private Button restoreButton;
    @FXML private ListView<PromptVersion> timeline;
    @FXML private VBox diffBox;
    @FXML private ListView<HistoryViewModel.AliasEntry> aliasList;
    @FXML private ComboBox<String> aliasBox;
    @FXML private Button pointAliasButton;
    @FXML private Button removeAliasButton;
    @FXML private TextField tagsField;
    @FXML private TextField versionTagsField;
    @FXML private ListView<VersionUsage> lineageList;
    @FXML private ListView<AliasMove> movesList;
    @FXML private Label statusLabel;

    public HistoryView(HistoryViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(i18n.locale()).withZone(ZoneId.systemDefault());
        this.root = ViewLoader.load(this, "History.fxml", i18n);
    }

    public Parent root() {
        return root;
    }

    @FXML
    private void initialize() {
        // The view model outlives this view (a language switch builds a new one): it holds these listeners weakly,
        // and mapping functions capture only what they need, never the view.
        ViewListeners listeners = ViewListeners.of(titleLabel);
        I18n text = i18n;
        titleLabel.textProperty().bind(viewModel.promptNameProperty().map(name -> name.isEmpty()
                ? text.text("history.none") : text.text("history.title", name)));
        leftLabel.setLabelFor(leftBox);
        rightLabel.setLabelFor(rightBox);
        for (ComboBox<PromptVersion> box : java.util.List.of(leftBox, rightBox)) {
            box.setItems(viewModel.versions());
            box.setConverter(new VersionConverter());
        }
        leftBox.valueProperty().bindBidirectional(viewModel.leftProperty());
        rightBox.valueProperty().bindBidirectional(viewModel.rightProperty());
        restoreButton.disableProperty().bind(viewModel.rightProperty().isNull());

        timeline.setItems(viewModel.versions());
        dev.playground.ui.common.Wrapping.placeholder(timeline, i18n.text("history.empty"));
        timeline.setCellFactory(list -> new TimelineCell());
        timeline.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) viewModel.rightProperty().set(now);
        });
        listeners.onChange(viewModel.rightProperty(), (obs, old, now) -> {
            if (now != null && timeline.getSelectionModel().getSelectedItem() != now) timeline.getSelectionModel().select(now);
        });

        aliasList.setItems(viewModel.aliases());
        dev.playground.ui.common.Wrapping.placeholder(aliasList, i18n.text("history.aliases.none"));
        aliasList.setCellFactory(textCells(entry -> i18n.text("history.aliasCell", entry.alias(), entry.version())));
        aliasList.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) aliasBox.setValue(now.alias());
        });
        aliasBox.setItems(viewModel.aliasNames());
        pointAliasButton.disableProperty().bind(viewModel.rightProperty().isNull());
        removeAliasButton.disableProperty().bind(aliasList.getSelectionModel().selectedItemProperty().isNull());

        tagsField.textProperty().bindBidirectional(viewModel.tagsTextProperty());
        tagsField.setOnAction(e -> onSaveTags());
        versionTagsField.textProperty().bindBidirectional(viewModel.versionTagsTextProperty());
        versionTagsField.setOnAction(e -> onSaveVersionTags());

        lineageList.setItems(viewModel.lineage());
        dev.playground.ui.common.Wrapping.placeholder(lineageList, i18n.text("history.lineage.none"));
        lineageList.setCellFactory(textCells(usage -> i18n.text("history.lineageCell." + usage.kind().name().toLowerCase(java.util.Locale.ROOT),
                usage.label().isEmpty() ? usage.refId() : usage.label(), when.format(usage.usedAt()))));
        movesList.setItems(viewModel.aliasMoves());
        dev.playground.ui.common.Wrapping.placeholder(movesList, i18n.text("history.moves.none"));
        movesList.setCellFactory(textCells(this::describe));

        listeners.onChange(viewModel.diffProperty(), (obs, old, now) -> showDiff(now));
        showDiff(viewModel.diffProperty().get());
        listeners.onChange(viewModel.statusProperty(), (obs, old, now) -> statusLabel.setText(now == null ? "" : i18n.text(now.key(), now.args())));
    }

    private String describe(AliasMove move) {
        String time = when.format(move.movedAt());
        if (move.from() == null) return i18n.text("history.move.set", move.alias(), move.to(), move.movedBy(), time);
        if (move.to() == null) return i18n.text("history.move.removed", move.alias(), move.from(), move.movedBy(), time);
        return i18n.text("history.move.moved", move.alias(), move.from(), move.to(), move.movedBy(), time);
    }

    private void showDiff(DocumentDiff diff) {
        diffBox.getChildren().clear();
        if (diff == null) {
            diffBox.getChildren().add(dev.playground.ui.common.Wrapping.label(i18n.text("history.diff.none")));
            return;
        }
        PromptVersion left = viewModel.leftProperty().get();
        PromptVersion right = viewModel.rightProperty().get();
        GridPane heading = grid();
        heading.addRow(0, cell(i18n.text("history.diff.version", left.version()), "diff-heading"),
                cell(i18n.text("history.diff.version", right.version()), "diff-heading"));
        diffBox.getChildren().add(heading);
        if (diff.identical()) diffBox.getChildren().add(dev.playground.ui.common.Wrapping.label(i18n.text("history.diff.identical")));
        for (MessageDiff message : diff.messages()) diffBox.getChildren().add(message(message));
        diffBox.getChildren().add(section(i18n.text("history.diff.settings")));
        if (diff.settings().isEmpty()) {
            diffBox.getChildren().add(dev.playground.ui.common.Wrapping.label(i18n.text("history.diff.sameSettings")));
        } else {
            GridPane settings = grid();
            int row = 0;
            for (FieldChange change : diff.settings()) {
                settings.addRow(row++, cell(change.field() + ": " + shown(change.left()), "diff-removed"),
                        cell(change.field() + ": " + shown(change.right()), "diff-added"));
            }
            diffBox.getChildren().add(settings);
        }
    }

    private String shown(String value) {
        return value.isEmpty() ? i18n.text("history.diff.unset") : value;
    }

    /** A role as the editor names it in the window's language ("Sistema"); a role we do not know as it is. */
    private String roleName(String wire) {
        if (wire == null) return "";
        String key = "editor.role." + wire.toLowerCase(java.util.Locale.ROOT);
        return i18n.bundle().containsKey(key) ? i18n.text(key) : wire;
    }

    private Node message(MessageDiff message) {
        VBox box = new VBox(2);
        String role = message.leftRole() == null || message.rightRole() == null || message.leftRole().equals(message.rightRole())
                ? roleName(java.util.Objects.requireNonNullElse(message.leftRole(), message.rightRole()))
                : roleName(message.leftRole()) + " → " + roleName(message.rightRole());
        box.getChildren().add(section(i18n.text("history.diff.message", message.index() + 1, role)));
        GridPane lines = grid();
        int row = 0;
        for (DiffLine line : message.lines()) {
            String kind = switch (line.kind()) {
                case SAME -> "diff-same";
                case ADDED -> "diff-added";
                case REMOVED -> "diff-removed";
                case CHANGED -> "diff-changed";
            };
            if (line.kind() == DiffLine.Kind.CHANGED && line.left() != null && line.right() != null) {
                // A changed line marks the words that changed: struck through on the left, underlined on the right.
                lines.addRow(row++, marked(line.left(), line.right(), dev.playground.ui.common.DiffText.Side.FIRST),
                        marked(line.left(), line.right(), dev.playground.ui.common.DiffText.Side.SECOND));
                continue;
            }
            lines.addRow(row++, cell(line.left(), line.left() == null ? "diff-empty" : kind),
                    cell(line.right(), line.right() == null ? "diff-empty" : kind));
        }
        box.getChildren().add(lines);
        return box;
    }

    private static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-label");
        return label;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("diff-grid");
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(column);
        }
        return grid;
    }

    private static Node marked(String left, String right, dev.playground.ui.common.DiffText.Side side) {
        javafx.scene.text.TextFlow flow = dev.playground.ui.common.DiffText.between(left, right, side);
        flow.getStyleClass().addAll("diff-line", "diff-changed");
        flow.setMaxWidth(Double.MAX_VALUE);
        return flow;
    }

    private static Label cell(String text, String styleClass) {
        Label label = new Label(text == null ? "" : text);
        label.getStyleClass().addAll("diff-line", styleClass);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setWrapText(true);
        return label;
    }

    private static <T> javafx.util.Callback<ListView<T>, ListCell<T>> textCells(Function<T, String> text) {
        return list -> new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        };
    }

    @FXML
    private void onRestore() {
        viewModel.restoreCompared();
    }

    @FXML
    private void onPointAlias() {
        viewModel.pointAlias(aliasBox.getEditor().getText().isBlank() ? aliasBox.getValue() : aliasBox.getEditor().getText());
    }

    @FXML
    private void onRemoveAlias() {
        var selected = aliasList.getSelectionModel().getSelectedItem();
        if (selected != null) viewModel.removeAlias(selected.alias());
    }

    @FXML
    private void onSaveTags() {
        viewModel.saveTags();
    }

    @FXML
    private void onSaveVersionTags() {
        viewModel.saveVersionTags();
    }

    private final class TimelineCell extends ListCell<PromptVersion> {
        @Override
        protected void updateItem(PromptVersion item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String aliases = String.join(" ", viewModel.aliases().stream().filter(a -> a.version() == item.version())
                    .map(a -> "@" + a.alias()).toList());
            setText(i18n.text("history.timelineCell", item.version(), item.commitMessage() + (aliases.isEmpty() ? "" : "  " + aliases),
                    item.author(), when.format(item.createdAt())));
        }
    }

    private final class VersionConverter extends StringConverter<PromptVersion> {
        @Override
        public String toString(PromptVersion version) {
            return version == null ? "" : i18n.text("history.versionChoice", version.version(), version.commitMessage());
        }

        @Override
        public PromptVersion fromString(String text) {
            return null;
        }
    }
}
