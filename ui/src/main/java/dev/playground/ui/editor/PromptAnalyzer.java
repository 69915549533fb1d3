package dev.playground.ui.editor;

import dev.playground.engine.prompt.MissingVariablesException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.prompt.TemplateVariables;
import dev.playground.engine.prompt.syntax.TemplateProblem;
import dev.playground.engine.tokens.ContextWindows;
import dev.playground.engine.tokens.CostEstimate;
import dev.playground.engine.tokens.ModelPrice;
import dev.playground.engine.tokens.PriceTable;
import dev.playground.engine.tokens.TokenCounter;
import dev.playground.engine.tokens.TokenReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Supplier;

/** Checks, renders and counts a prompt; runs off the FX thread. No JavaFX here, so it is tested directly. */
public final class PromptAnalyzer {
    private final TemplateRenderer renderer;
    private final TokenCounter counter;
    private final ContextWindows windows = ContextWindows.defaults();
    private final Supplier<PriceTable> prices;

    /** {@code prices} is asked on every analysis, so a newly saved table applies to the next keystroke. */
    public PromptAnalyzer(TemplateRenderer renderer, TokenCounter counter, Supplier<PriceTable> prices) {
        this.renderer = renderer;
        this.counter = counter;
        this.prices = prices;
    }

    /**
     * {@code values} hold what the user typed; blank values count as missing. One render does the
     * syntax check, the missing-value check and the preview, reusing what the renderer and counter
     * kept from the previous keystroke (see {@link TemplateRenderer} and {@link TokenCounter}).
     */
    public PromptAnalysis analyze(PromptTemplate template, Map<String, String> values, String provider, String model, int maxOutputTokens) {
        List<String> variables = TemplateVariables.of(template);
        PriceTable table = prices.get();
        OptionalInt window = contextWindow(table, provider, model);
        Map<String, String> filled = new LinkedHashMap<>(values);
        filled.values().removeIf(String::isBlank);
        try {
            List<RenderedMessage> rendered = renderer.render(template, filled);
            TokenReport tokens = counter.count(rendered, model);
            CostEstimate cost = CostEstimate.of(table, provider, model, tokens.total(), maxOutputTokens);
            return new PromptAnalysis(variables, -1, null, null, List.of(), rendered, tokens, window, cost);
        } catch (MissingVariablesException e) {
            return blocked(variables, -1, null, null, e.missing(), window);
        } catch (TemplateException e) {
            return e.problem() != null ? blocked(variables, e.messageIndex(), e.problem(), null, List.of(), window)
                    : blocked(variables, e.messageIndex(), null, e.describe(), List.of(), window);
        }
    }

    /** The price table's context window for the model when its row gives one, else the shipped table of windows. */
    private OptionalInt contextWindow(PriceTable table, String provider, String model) {
        OptionalInt fromPrices = table.lookup(provider, model).map(ModelPrice::window).orElse(OptionalInt.empty());
        return fromPrices.isPresent() ? fromPrices : windows.lookup(model);
    }

    private PromptAnalysis blocked(List<String> variables, int message, TemplateProblem problem, String error, List<String> missing,
                                   OptionalInt window) {
        return new PromptAnalysis(variables, message, problem, error, missing, List.of(), null, window, null);
    }
}
