package dev.playground.ui.editor;

import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.prompt.syntax.TemplateChecker;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.engine.tokens.ContextWindows;
import dev.playground.engine.tokens.CostEstimate;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tokens.TokenReport;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** Checks, renders and counts a prompt; runs off the FX thread. No JavaFX here, so it is tested directly. */
public final class PromptAnalyzer {
    private final TemplateRenderer renderer;
    private final TokenCounter counter;
    private final ContextWindows windows = ContextWindows.defaults();
    private final PriceTable prices;

    public PromptAnalyzer(TemplateRenderer renderer, TokenCounter counter, PriceTable prices) {
        this.renderer = renderer;
        this.counter = counter;
        this.prices = prices;
    }

    /** {@code values} hold what the user typed; blank values count as missing. */
    public PromptAnalysis analyze(PromptTemplate template, Map<String, String> values, String provider, String model, int maxOutputTokens) {
        List<String> variables = TemplateVariables.of(template);
        OptionalInt window = windows.lookup(model);
        for (int i = 0; i < template.messages().size(); i++) {
            List<TemplateProblem> problems = TemplateChecker.check(template.messages().get(i).template());
            if (!problems.isEmpty()) return blocked(variables, i, problems.get(0), null, List.of(), window);
        }
        Map<String, String> filled = new java.util.LinkedHashMap<>(values);
        filled.values().removeIf(String::isBlank);
        try {
            List<RenderedMessage> rendered = renderer.render(template, filled);
            TokenReport tokens = counter.count(rendered, model);
            CostEstimate cost = CostEstimate.of(prices, provider, model, tokens.total(), maxOutputTokens);
            return new PromptAnalysis(variables, -1, null, null, List.of(), rendered, tokens, window, cost);
        } catch (MissingVariablesException e) {
            return blocked(variables, -1, null, null, e.missing(), window);
        } catch (TemplateException e) {
            return blocked(variables, e.messageIndex(), e.problem(), e.describe(), List.of(), window);
        }
    }

    private PromptAnalysis blocked(List<String> variables, int message, TemplateProblem problem, String error, List<String> missing,
                                   OptionalInt window) {
        return new PromptAnalysis(variables, message, problem, error, missing, List.of(), null, window, null);
    }
}
