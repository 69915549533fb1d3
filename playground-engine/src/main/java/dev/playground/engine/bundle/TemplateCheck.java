package dev.playground.engine.bundle;

import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.prompt.TemplateException;
import dev.playground.engine.prompt.TemplateRenderer;
import dev.playground.engine.prompt.TemplateVariables;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Whether a template would render at all: every variable filled with empty text, syntax errors reported. */
final class TemplateCheck {
    private final TemplateRenderer renderer = new TemplateRenderer();

    Optional<String> problem(PromptTemplate template) {
        Map<String, Object> blanks = new HashMap<>();
        for (String variable : TemplateVariables.of(template)) blanks.put(variable, "");
        try {
            renderer.render(template, blanks);
            return Optional.empty();
        } catch (TemplateException e) {
            return Optional.of("the template does not render (" + e.describe() + ")");
        } catch (RuntimeException e) {
            return Optional.of("the template does not render (" + e.getMessage() + ")");
        }
    }
}
