package dev.playground.ui.tools;

import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.tool.ToolCheck;
import dev.playground.ui.common.I18n;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What is wrong with the tools being edited, in the window's language: the same rules as the engine's
 * {@link ToolCheck} (names providers accept, unique, parameters that are a JSON Schema of an object, a tool choice
 * that names one of them), said per tool so each message shows beside the tool it is about.
 */
final class ToolProblems {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final String INVALID = "are not a valid JSON Schema: ";

    private ToolProblems() {}

    /** What is wrong with one tool's name and with its parameters (each empty when fine). */
    record Found(String name, String parameters) {
        String joined() {
            return name.isEmpty() ? parameters : parameters.isEmpty() ? name : name + "\n" + parameters;
        }
    }

    /** One finding per tool, in the order given. */
    static List<Found> perTool(List<ToolDefinition> tools, List<String> texts, I18n i18n) {
        Map<String, Integer> counts = new HashMap<>();
        tools.forEach(t -> counts.merge(t.name(), 1, Integer::sum));
        List<Found> problems = new ArrayList<>();
        for (int i = 0; i < tools.size(); i++) {
            ToolDefinition tool = tools.get(i);
            String name = tool.name();
            String nameProblem = "";
            if (name.isEmpty()) nameProblem = i18n.text("tools.problem.noName");
            else if (!NAME.matcher(name).matches()) nameProblem = i18n.text("tools.problem.badName", name);
            else if (ToolChoice.reserved(name)) nameProblem = i18n.text("tools.problem.reservedName", name);
            else if (counts.get(name) > 1) nameProblem = i18n.text("tools.problem.duplicate", name);
            problems.add(new Found(nameProblem, schemaProblem(tool, texts.get(i), i18n)));
        }
        return problems;
    }

    /** What is wrong with the tool choice, or empty. */
    static String choice(List<ToolDefinition> tools, ToolChoice choice, I18n i18n) {
        if (choice.mode() == ToolChoice.Mode.NAMED && tools.stream().noneMatch(t -> t.name().equals(choice.tool()))) {
            return i18n.text("tools.problem.choice", choice.tool());
        }
        if (tools.isEmpty() && choice.mode() == ToolChoice.Mode.REQUIRED) return i18n.text("tools.problem.required");
        return "";
    }

    private static String schemaProblem(ToolDefinition tool, String text, I18n i18n) {
        SchemaText.Read read = SchemaText.read(text);
        if (!read.ok()) {
            return read.column() > 0 ? i18n.text("tools.problem.json", read.line(), read.column())
                    : i18n.text("tools.problem.unreadable", Math.max(1, read.line()));
        }
        if (!read.tree().isObject() || !"object".equals(read.tree().path("type").asText())) return i18n.text("tools.problem.notObject");
        List<String> engine = ToolCheck.schemaProblems(tool);
        if (engine.isEmpty()) return "";
        String first = engine.get(0);
        int at = first.indexOf(INVALID);
        if (at < 0) return i18n.text("tools.problem.unusable");
        String rest = first.substring(at + INVALID.length());
        int colon = rest.indexOf(": ");
        String where = colon < 0 ? "/" : rest.substring(0, colon);
        String what = colon < 0 ? rest : rest.substring(colon + 2);
        if (what.endsWith(".")) what = what.substring(0, what.length() - 1);
        if (where.endsWith("/type")) return i18n.text("tools.problem.type", where);
        return i18n.text("tools.problem.schema", "(root)".equals(where) ? "/" : where, what);
    }
}
