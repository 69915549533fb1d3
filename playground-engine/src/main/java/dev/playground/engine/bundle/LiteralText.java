package dev.playground.engine.bundle;

import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Messages of an imported file that our template engine cannot render (a Handlebars helper we lack, a Nunjucks filter,
 * a syntax error) are imported as literal text rather than refusing the file: wrapped in {@code {% raw %}}, reported
 * with their line, and listed under the version's {@code importedAsText} so an export to a foreign format writes the
 * original text back.
 */
final class LiteralText {
    static final String KEY = "importedAsText";
    private static final String OPEN = "{% raw %}";
    private static final String CLOSE = "{% endraw %}";
    private static final TemplateCheck CHECK = new TemplateCheck();

    private LiteralText() {}

    /** The version with every message that does not render made literal, and a warning per message; unchanged when all render. */
    static BundledVersion literalWhereNeeded(BundledVersion version, String where, List<String> warnings) {
        List<PromptMessage> messages = new ArrayList<>(version.document().template().messages());
        List<Integer> literal = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            PromptMessage message = messages.get(i);
            Optional<String> problem = CHECK.problem(PromptTemplate.of(message));
            if (problem.isEmpty() || message.template().contains(CLOSE)) continue;
            messages.set(i, new PromptMessage(message.role(), OPEN + message.template() + CLOSE));
            literal.add(i);
            warnings.add(where + ": message " + (i + 1) + " uses template syntax this app cannot render ("
                    + problem.get().replaceFirst("^the template does not render \\((Message 1: )?", "").replaceFirst("\\)$", "")
                    + "); imported as literal text, sent as written, and written back unchanged on export");
        }
        if (literal.isEmpty()) return version;
        PromptDocument d = version.document();
        PromptDocument document = d.withTemplate(new PromptTemplate(messages));
        Map<String, Object> extras = new TreeMap<>(version.extras());
        extras.put(KEY, literal);
        return new BundledVersion(version.version(), document, version.commitMessage(), version.author(), version.createdAt(),
                version.tags(), extras);
    }

    /** The template a foreign format gets: messages imported as literal text unwrapped again. */
    static PromptTemplate forExport(BundledVersion version) {
        if (!(version.extras().get(KEY) instanceof List<?> indexes)) return version.document().template();
        List<PromptMessage> messages = new ArrayList<>(version.document().template().messages());
        for (Object index : indexes) {
            int i = ((Number) index).intValue();
            if (i < 0 || i >= messages.size()) continue;
            String text = messages.get(i).template();
            if (text.startsWith(OPEN) && text.endsWith(CLOSE)) {
                messages.set(i, new PromptMessage(messages.get(i).role(), text.substring(OPEN.length(), text.length() - CLOSE.length())));
            }
        }
        return new PromptTemplate(messages);
    }

    /** The version as a foreign format's writer should see it. */
    static BundledVersion unwrapped(BundledVersion version) {
        if (!version.extras().containsKey(KEY)) return version;
        PromptDocument d = version.document();
        PromptDocument document = d.withTemplate(forExport(version));
        return new BundledVersion(version.version(), document, version.commitMessage(), version.author(), version.createdAt(),
                version.tags(), version.extras());
    }
}
