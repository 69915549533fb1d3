package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.model.ModelSettings;
import dev.playground.engine.prompt.PromptDocument;
import dev.playground.engine.prompt.PromptMessage;
import dev.playground.engine.prompt.PromptTemplate;
import dev.playground.engine.model.Role;
import dev.playground.engine.prompt.TemplateVariables;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A version as a LangChain prompt JSON: in the form it was imported in (a saved {@code _type} file or a hub manifest), else
 * a {@code PromptTemplate} for one user message and a {@code ChatPromptTemplate} otherwise. Each message is written in
 * its original template format when that still says the same thing, else as an f-string when it can be one, else jinja2.
 * The model goes back into its RunnableSequence when one came in; otherwise model, settings and variable values go in
 * the prompt's {@code metadata} under {@code playground_*} keys, which {@link LangChainFormat} reads back.
 */
final class LangChainWriter {
    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final List<String> PROMPT_ID = List.of("langchain", "prompts", "prompt", "PromptTemplate");

    private record Written(String text, String format) {}

    @SuppressWarnings("unchecked")
    String write(String name, BundledVersion stored) {
        BundledVersion version = LiteralText.unwrapped(stored);
        PromptDocument document = version.document();
        Map<String, Object> kept = version.extras().get(LangChainFormat.KEY) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        List<PromptMessage> messages = document.template().messages();
        List<Written> written = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) written.add(written(i, messages.get(i).template(), kept));
        List<Map<String, Object>> inserts = inserts(kept);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("input_variables", inputVariables(document, kept));
        Map<String, Object> keptFields = kept.get("kwargs") instanceof Map<?, ?> k ? new LinkedHashMap<>((Map<String, Object>) k) : new LinkedHashMap<>();
        Map<String, String> partial = new LinkedHashMap<>();
        Map<String, String> values = new LinkedHashMap<>(document.variables());
        for (Object p : kept.get("partial") instanceof List<?> l ? l : List.of()) {
            if (values.containsKey(p.toString())) partial.put(p.toString(), values.remove(p.toString()));
        }
        if (!partial.isEmpty()) fields.put("partial_variables", partial);
        Map<String, Object> metadata = keptFields.remove("metadata") instanceof Map<?, ?> md ? new LinkedHashMap<>((Map<String, Object>) md) : new LinkedHashMap<>();
        boolean modelObject = kept.get("model") instanceof Map<?, ?>;
        if (!modelObject) {
            if (!document.model().isEmpty()) metadata.put("playground_model", document.model());
            Map<String, Object> settings = settings(document.settings(), "stop");
            if (!settings.isEmpty()) metadata.put("playground_settings", settings);
        }
        if (!values.isEmpty()) metadata.put("playground_variables", values);
        if (!metadata.isEmpty()) fields.put("metadata", metadata);
        boolean single = messages.size() == 1 && messages.getFirst().role() == Role.USER && inserts.isEmpty()
                && !written.getFirst().format().equals("literal") && !"ChatPromptTemplate".equals(kept.get("class"));
        Object root;
        if ("legacy".equals(kept.get("form")) && single) {
            root = legacyPrompt(fields, keptFields, written.getFirst(), messages.getFirst().template(), kept);
        } else if ("legacy".equals(kept.get("form"))) {
            List<Object> list = new ArrayList<>();
            for (int i = 0; i <= messages.size(); i++) {
                for (Map<String, Object> insert : at(inserts, i)) list.add(insert.containsKey("entry") ? parse(insert.get("entry")) : legacyPlaceholder(insert));
                if (i < messages.size()) list.add(legacyMessage(messages.get(i).role(), written.get(i)));
            }
            fields.put("messages", list);
            fields.putAll(keptFields);
            fields.put("_type", "chat");
            root = fields;
        } else {
            Map<String, Object> prompt;
            if (single) {
                fields.put("template", written.getFirst().text());
                fields.put("template_format", format(written.getFirst()));
                fields.putAll(keptFields);
                prompt = constructor(PROMPT_ID, fields);
            } else {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i <= messages.size(); i++) {
                    for (Map<String, Object> insert : at(inserts, i)) list.add(insert.containsKey("entry") ? parse(insert.get("entry")) : placeholder(insert));
                    if (i < messages.size()) list.add(message(messages.get(i).role(), written.get(i)));
                }
                fields.put("messages", list);
                fields.putAll(keptFields);
                prompt = constructor(List.of("langchain", "prompts", "chat", "ChatPromptTemplate"), fields);
            }
            root = modelObject ? sequence(prompt, (Map<String, Object>) kept.get("model"), kept.get("sequence"), document) : prompt;
        }
        if (kept.get("commit") instanceof Map<?, ?> commit) {
            Map<String, Object> wrapped = new LinkedHashMap<>((Map<String, Object>) commit);
            wrapped.put("manifest", root);
            root = wrapped;
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (Exception e) {
            throw new IllegalStateException("Could not write a LangChain prompt", e);
        }
    }

    /** The message's text and template format: the original when it still reads the same, else f-string or jinja2. */
    @SuppressWarnings("unchecked")
    private static Written written(int index, String text, Map<String, Object> kept) {
        List<Object> formats = kept.get("formats") instanceof List<?> l ? (List<Object>) l : List.of();
        String format = index < formats.size() ? formats.get(index).toString() : LangChainTemplates.F_STRING;
        Object original = kept.get("originals") instanceof Map<?, ?> o ? o.get(Integer.toString(index)) : null;
        if (original != null && read(original.toString(), format).equals(text)) return new Written(original.toString(), format);
        if (format.equals("literal")) {
            String literal = LangChainTemplates.toLiteral(text);
            if (literal != null) return new Written(literal, format);
        }
        if (format.equals(LangChainTemplates.JINJA2)) return new Written(text, format);
        String fString = LangChainTemplates.toFString(text);
        return fString != null ? new Written(fString, LangChainTemplates.F_STRING) : new Written(text, LangChainTemplates.JINJA2);
    }

    private static String read(String original, String format) {
        return format.equals("literal") ? LangChainTemplates.literalText(original) : LangChainTemplates.toJinja(original, format, "", new ArrayList<>());
    }

    private static String format(Written written) {
        return written.format().equals("literal") ? LangChainTemplates.F_STRING : written.format();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> legacyPrompt(Map<String, Object> fields, Map<String, Object> keptFields, Written written, String current,
                                                    Map<String, Object> kept) {
        if (kept.get("fewShot") instanceof Map<?, ?> m) {
            Map<String, Object> shot = (Map<String, Object>) m;
            List<Map<String, String>> examples = (List<Map<String, String>>) shot.get("examples");
            Map<String, Object> examplePrompt = (Map<String, Object>) shot.get("examplePrompt");
            String joined = LangChainTemplates.fewShot(shot.get("prefix").toString(), examples, String.valueOf(examplePrompt.get("template")),
                    shot.get("suffix").toString(), shot.get("separator").toString());
            if (read(joined, written.format()).equals(current)) {
                fields.put("examples", examples);
                fields.put("example_prompt", examplePrompt);
                fields.put("prefix", shot.get("prefix"));
                fields.put("suffix", shot.get("suffix"));
                fields.put("example_separator", shot.get("separator"));
                fields.put("template_format", written.format());
                fields.putAll(keptFields);
                fields.put("_type", "few_shot");
                return fields;
            }
        }
        fields.put("template", written.text());
        fields.put("template_format", format(written));
        fields.putAll(keptFields);
        fields.put("_type", "prompt");
        return fields;
    }

    private static Map<String, Object> legacyMessage(Role role, Written written) {
        Map<String, Object> prompt = new LinkedHashMap<>();
        prompt.put("_type", "prompt");
        prompt.put("input_variables", TemplateVariables.of(LangChainTemplates.toJinja(written.text(), format(written), "", new ArrayList<>())));
        prompt.put("template", written.format().equals("literal") ? written.text().replace("{", "{{").replace("}", "}}") : written.text());
        prompt.put("template_format", format(written));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("role", role == Role.USER ? "human" : role == Role.ASSISTANT ? "ai" : "system");
        out.put("prompt", prompt);
        return out;
    }

    private static Map<String, Object> legacyPlaceholder(Map<String, Object> insert) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", "placeholder");
        out.put("variable_name", insert.get("variable"));
        out.put("optional", insert.get("optional"));
        return out;
    }

    private static Map<String, Object> message(Role role, Written written) {
        String speaker = role == Role.USER ? "Human" : role == Role.ASSISTANT ? "AI" : "System";
        if (written.format().equals("literal")) {
            return constructor(List.of("langchain", "schema", "messages", speaker + "Message"), Map.of("content", written.text()));
        }
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("input_variables", TemplateVariables.of(LangChainTemplates.toJinja(written.text(), written.format(), "", new ArrayList<>())));
        template.put("template", written.text());
        template.put("template_format", written.format());
        return constructor(List.of("langchain", "prompts", "chat", speaker + "MessagePromptTemplate"), Map.of("prompt", constructor(PROMPT_ID, template)));
    }

    private static Map<String, Object> placeholder(Map<String, Object> insert) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        kwargs.put("variable_name", insert.get("variable"));
        kwargs.put("optional", insert.get("optional"));
        return constructor(List.of("langchain", "prompts", "chat", "MessagesPlaceholder"), kwargs);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sequence(Map<String, Object> prompt, Map<String, Object> model, Object rest, PromptDocument document) {
        Map<String, Object> kwargs = new LinkedHashMap<>();
        String key = model.getOrDefault("key", "model").toString();
        if (!document.model().isEmpty()) kwargs.put(key, document.model());
        kwargs.putAll(settings(document.settings(), model.getOrDefault("stopKey", "stop").toString()));
        if (model.get("kwargs") instanceof Map<?, ?> other) ((Map<String, Object>) other).forEach(kwargs::putIfAbsent);
        Map<String, Object> last = new LinkedHashMap<>();
        last.put("lc", 1);
        last.put("type", "constructor");
        last.put("id", model.get("id"));
        last.put("kwargs", kwargs);
        if (model.get("outer") instanceof Map<?, ?> outer) ((Map<String, Object>) outer).forEach(last::putIfAbsent);
        Map<String, Object> sequence = new LinkedHashMap<>();
        sequence.put("first", prompt);
        if (rest instanceof Map<?, ?> steps) sequence.putAll((Map<String, Object>) steps);
        sequence.put("last", last);
        return constructor(List.of("langchain", "schema", "runnable", "RunnableSequence"), sequence);
    }

    private static Map<String, Object> settings(ModelSettings settings, String stopKey) {
        Map<String, Object> out = new LinkedHashMap<>(SnakeCaseSettings.write(settings, stopKey));
        if (settings.responseFormat() != null) out.put("response_format", settings.responseFormat());
        return out;
    }

    private static Map<String, Object> constructor(List<String> id, Map<String, Object> kwargs) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("lc", 1);
        out.put("type", "constructor");
        out.put("id", id);
        out.put("kwargs", kwargs);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static List<String> inputVariables(PromptDocument document, Map<String, Object> kept) {
        if (kept.get("inputVariables") instanceof List<?> declared) return (List<String>) declared;
        List<String> names = new ArrayList<>(TemplateVariables.of(document.template()));
        for (Map<String, Object> insert : inserts(kept)) {
            if (insert.containsKey("variable") && !Boolean.TRUE.equals(insert.get("optional"))) names.add(insert.get("variable").toString());
        }
        if (kept.get("partial") instanceof List<?> partial) names.removeAll(partial);
        return names.stream().distinct().toList();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> inserts(Map<String, Object> kept) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String key : List.of("placeholders", "entries")) {
            if (kept.get(key) instanceof List<?> list) list.forEach(item -> out.add((Map<String, Object>) item));
        }
        out.sort(Comparator.comparingInt(m -> ((Number) m.get("index")).intValue()));
        return out;
    }

    private static List<Map<String, Object>> at(List<Map<String, Object>> inserts, int index) {
        return inserts.stream().filter(m -> ((Number) m.get("index")).intValue() == index).toList();
    }

    private static Object parse(Object json) {
        try {
            return MAPPER.readValue(json.toString(), Object.class);
        } catch (Exception e) {
            throw new IllegalStateException("A kept LangChain entry is not JSON", e);
        }
    }
}
