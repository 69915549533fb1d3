package dev.playground.engine.judge;

import dev.playground.engine.metrics.Score;
import dev.playground.engine.model.CompletionListener;
import dev.playground.engine.model.CompletionRequest;
import dev.playground.engine.model.CompletionResult;
import dev.playground.engine.model.Connection;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.model.ProviderException;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.provider.ModelGateway;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * LLM-as-a-judge: renders a rubric's prompt, asks the chosen model through the gateway, and reads
 * the JSON verdict. Never fails its future: every problem (missing input, call error, unreadable
 * answer) comes back as a {@link Score} with an error, so one judge cannot stop a comparison.
 */
public final class LlmJudge {
    /** Deterministic and short: judges should not be creative. */
    static final ModelSettings JUDGE_SETTINGS = ModelSettings.of(0.0, 512);

    private final ModelGateway gateway;
    private final TemplateRenderer renderer;

    public LlmJudge(ModelGateway gateway, TemplateRenderer renderer) {
        this.gateway = gateway;
        this.renderer = renderer;
    }

    /** The judge model: any connection the gateway knows, and a model name on it. */
    public record JudgeModel(Connection connection, String model) {}

    public CompletableFuture<Score> judge(Rubric rubric, JudgeInput input, JudgeModel judgeModel) {
        String missing = missingInput(rubric, input);
        if (missing != null) return CompletableFuture.completedFuture(Score.failed(rubric.scoreName(), missing, ""));
        List<RenderedMessage> messages;
        try {
            messages = renderer.render(PromptTemplate.systemAndUser(BuiltInRubrics.systemPrompt(), rubric.template()), values(rubric, input));
        } catch (TemplateException e) {
            return CompletableFuture.completedFuture(Score.failed(rubric.scoreName(), "The judge prompt has an error: " + e.getMessage(), ""));
        }
        CompletionRequest request = new CompletionRequest(judgeModel.connection(), judgeModel.model(), JUDGE_SETTINGS, messages);
        try {
            return gateway.stream(request, IGNORE_TOKENS).result()
                    .thenApply(result -> JudgeAnswerParser.parse(rubric, result.text()))
                    .exceptionally(error -> Score.failed(rubric.scoreName(), "The judge call failed: " + messageOf(error), ""));
        } catch (ProviderException e) {
            return CompletableFuture.completedFuture(Score.failed(rubric.scoreName(), "The judge call failed: " + e.getMessage(), ""));
        }
    }

    private static String missingInput(Rubric rubric, JudgeInput input) {
        if (input.answer().isBlank()) return "There is no answer to judge.";
        String template = rubric.template();
        if (uses(template, "context") && input.context().isBlank()) {
            return "No retrieved context to judge against. Turn retrieval on for this variant.";
        }
        if (uses(template, "expected") && input.expected().isBlank()) return "This rubric needs an expected answer. Add one to the row.";
        if (uses(template, "guideline") && rubric.guideline().isBlank()) return "Write the guideline the judge should check.";
        return null;
    }

    private static boolean uses(String template, String variable) {
        return Pattern.compile("\\{\\{\\s*" + variable + "\\b").matcher(template).find();
    }

    private static Map<String, Object> values(Rubric rubric, JudgeInput input) {
        return Map.of("question", input.question(), "answer", input.answer(), "context", input.context(), "expected", input.expected(),
                "guideline", rubric.guideline(), "output_format", BuiltInRubrics.outputFormat(rubric.scale()));
    }

    private static String messageOf(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static final CompletionListener IGNORE_TOKENS = new CompletionListener() {
        @Override
        public void onToken(String token) {}

        @Override
        public void onComplete(CompletionResult result) {}

        @Override
        public void onError(ProviderException error, CompletionResult partial) {}
    };
}
