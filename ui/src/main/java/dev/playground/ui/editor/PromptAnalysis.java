package dev.playground.ui.editor;

import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.engine.tokens.CostEstimate;
import dev.playground.engine.tokens.TokenReport;
import java.util.List;
import java.util.OptionalInt;

/**
 * What the editor shows about the prompt as typed: the variables it uses, the first syntax problem
 * (with the message it is in), missing values, and when it renders, the exact messages that would
 * be sent with their tokens, the model's context window and the cost.
 */
public record PromptAnalysis(List<String> variables, int problemMessage, TemplateProblem problem, String renderError,
                             List<String> missing, List<RenderedMessage> preview, TokenReport tokens, OptionalInt contextWindow,
                             CostEstimate cost) {
    public PromptAnalysis {
        variables = List.copyOf(variables);
        missing = List.copyOf(missing);
        preview = List.copyOf(preview);
    }

    public boolean runnable() {
        return problem == null && renderError == null && missing.isEmpty();
    }
}
