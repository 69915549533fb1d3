package dev.playground.engine.diff;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.RetrievalSettings;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What changed between two prompt versions: each message line by line (side by side, paired by
 * position), and every setting that differs. Used by the history panel and {@code prompt diff}.
 */
public record DocumentDiff(List<MessageDiff> messages, List<FieldChange> settings) {
    private static final DiffRowGenerator ROWS = DiffRowGenerator.create().showInlineDiffs(false).build();

    public DocumentDiff {
        messages = List.copyOf(messages);
        settings = List.copyOf(settings);
    }

    public static DocumentDiff between(PromptDocument left, PromptDocument right) {
        List<MessageDiff> messages = new ArrayList<>();
        List<PromptMessage> a = left.template().messages();
        List<PromptMessage> b = right.template().messages();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            PromptMessage l = i < a.size() ? a.get(i) : null;
            PromptMessage r = i < b.size() ? b.get(i) : null;
            messages.add(new MessageDiff(i, l == null ? null : l.role().wireName(), r == null ? null : r.role().wireName(),
                    lines(l == null ? null : l.template(), r == null ? null : r.template())));
        }
        List<FieldChange> changes = new ArrayList<>();
        Map<String, String> before = fields(left);
        Map<String, String> after = fields(right);
        before.forEach((field, value) -> {
            String other = after.getOrDefault(field, "");
            if (!Objects.equals(value, other)) changes.add(new FieldChange(field, value, other));
        });
        // A tool only the newer version has.
        after.forEach((field, value) -> {
            if (!before.containsKey(field)) changes.add(new FieldChange(field, "", value));
        });
        return new DocumentDiff(messages, changes);
    }

    public boolean identical() {
        return settings.isEmpty() && messages.stream().noneMatch(MessageDiff::changed);
    }

    private static List<DiffLine> lines(String left, String right) {
        List<String> a = left == null ? List.of() : left.lines().toList();
        List<String> b = right == null ? List.of() : right.lines().toList();
        List<DiffLine> out = new ArrayList<>();
        for (DiffRow row : ROWS.generateDiffRows(a, b)) {
            switch (row.getTag()) {
                case EQUAL -> out.add(new DiffLine(DiffLine.Kind.SAME, row.getOldLine(), row.getNewLine()));
                case INSERT -> out.add(new DiffLine(DiffLine.Kind.ADDED, null, row.getNewLine()));
                case DELETE -> out.add(new DiffLine(DiffLine.Kind.REMOVED, row.getOldLine(), null));
                case CHANGE -> out.add(changed(row));
            }
        }
        return out;
    }

    /** The generator pads a change with empty lines on the shorter side; those are additions or removals. */
    private static DiffLine changed(DiffRow row) {
        if (row.getOldLine().isEmpty() && !row.getNewLine().isEmpty()) return new DiffLine(DiffLine.Kind.ADDED, null, row.getNewLine());
        if (row.getNewLine().isEmpty() && !row.getOldLine().isEmpty()) return new DiffLine(DiffLine.Kind.REMOVED, row.getOldLine(), null);
        return new DiffLine(DiffLine.Kind.CHANGED, row.getOldLine(), row.getNewLine());
    }

    /** Every compared setting as text, in display order. */
    private static Map<String, String> fields(PromptDocument d) {
        Map<String, String> f = new LinkedHashMap<>();
        ModelSettings s = d.settings();
        f.put("connection", d.connectionId());
        f.put("model", d.model());
        f.put("temperature", text(s.temperature()));
        f.put("topP", text(s.topP()));
        f.put("topK", text(s.topK()));
        f.put("maxTokens", text(s.maxTokens()));
        f.put("stopSequences", s.stopSequences().isEmpty() ? "" : String.join(", ", s.stopSequences()));
        f.put("seed", text(s.seed()));
        f.put("presencePenalty", text(s.presencePenalty()));
        f.put("frequencyPenalty", text(s.frequencyPenalty()));
        f.put("responseFormat", text(s.responseFormat()));
        f.put("variables", d.variables().isEmpty() ? "" : new TreeMap<>(d.variables()).toString());
        f.put("testInputs", d.testInputs().isEmpty() ? "" : new TreeMap<>(d.testInputs()).toString());
        RetrievalSettings r = d.retrieval();
        f.put("retrieval", r.enabled() ? r.collection() + " (query " + r.queryVariable() + ", top " + r.topK()
                + (r.minScore() == null ? "" : ", min score " + r.minScore()) + ")" : "");
        // One field per tool (its description and schema), so a diff says which tool changed.
        java.util.Set<String> names = new java.util.TreeSet<>();
        d.tools().tools().forEach(t -> names.add(t.name()));
        for (String name : names) {
            var tool = d.tools().find(name).orElseThrow();
            f.put("tool " + name, tool.description() + " " + tool.parameters() + (tool.mocks().isEmpty() ? "" : " mocks " + tool.mocks()));
        }
        f.put("toolChoice", d.tools().isEmpty() ? "" : d.tools().choice().text());
        return f;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** A unified text form for the command line: "-" lines removed, "+" lines added, settings as "field: a -> b". */
    public String unified(String leftLabel, String rightLabel) {
        StringBuilder out = new StringBuilder("--- ").append(leftLabel).append('\n').append("+++ ").append(rightLabel).append('\n');
        for (MessageDiff message : messages) {
            if (!message.changed()) continue;
            out.append("@@ message ").append(message.index() + 1).append(" (")
                    .append(Objects.equals(message.leftRole(), message.rightRole()) ? message.leftRole()
                            : Objects.requireNonNullElse(message.leftRole(), "none") + " -> " + Objects.requireNonNullElse(message.rightRole(), "none"))
                    .append(") @@\n");
            for (DiffLine line : message.lines()) {
                switch (line.kind()) {
                    case SAME -> out.append("  ").append(line.left()).append('\n');
                    case ADDED -> out.append("+ ").append(line.right()).append('\n');
                    case REMOVED -> out.append("- ").append(line.left()).append('\n');
                    case CHANGED -> out.append("- ").append(line.left()).append('\n').append("+ ").append(line.right()).append('\n');
                }
            }
        }
        if (!settings.isEmpty()) {
            out.append("@@ settings @@\n");
            for (FieldChange change : settings) {
                out.append("  ").append(change.field()).append(": ").append(change.left().isEmpty() ? "(unset)" : change.left())
                        .append(" -> ").append(change.right().isEmpty() ? "(unset)" : change.right()).append('\n');
            }
        }
        if (identical()) out.append("(no differences)\n");
        return out.toString();
    }
}
