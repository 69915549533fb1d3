package dev.playground.engine.dataset.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.dataset.DatasetRow;
import dev.playground.engine.model.RenderedMessage;
import dev.playground.engine.model.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the model is asked for each passage, and how its answer becomes a dataset row: the question as the row's input,
 * the facts as its {@code expected_facts}, the passage (document, location, text) in its metadata. An answer that is
 * not a JSON object, or lacks the question or the facts, is no row: {@link Read#skip()} says why.
 */
public final class GeneratedRows {
    public static final String SOURCE_DOCUMENT = "source_document";
    public static final String SOURCE_PAGE = "source_page";
    public static final String SOURCE_HEADING = "source_heading";
    public static final String SOURCE_PASSAGE = "source_passage";
    public static final String SOURCE_CHUNK = "source_chunk";
    public static final String GENERATED_FROM = "generated_from";

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String SYSTEM = """
            You write test cases for an assistant that answers questions about the user's documents.
            Read the passage and write one question that a user of these documents could really ask and that the passage \
            answers on its own, and the facts a correct answer must state.
            Write the question and the facts in the language of the passage. Each fact is one short statement taken from \
            the passage; give two to five facts.
            Answer with one JSON object and nothing else, in this shape:
            {"question": "...", "expected_facts": ["...", "..."]}""";

    private GeneratedRows() {}

    /** The messages that ask for one row from {@code passage}. */
    static List<RenderedMessage> messages(SourcePassage passage) {
        String user = "Document: " + passage.document() + " (" + passage.location() + ")\n\nPassage:\n\"\"\"\n" + passage.text().strip() + "\n\"\"\"";
        return List.of(new RenderedMessage(Role.SYSTEM, SYSTEM), new RenderedMessage(Role.USER, user));
    }

    /** A row, or why there is none. */
    public record Read(DatasetRow row, SkipReason skip) {
        static Read skipped(SkipReason reason) {
            return new Read(null, reason);
        }
    }

    /**
     * Reads the model's {@code answer} for {@code passage}: the question fills input {@code variable}; the row's
     * metadata names the passage and the collection it came from.
     */
    public static Read read(String answer, SourcePassage passage, String variable, String collection) {
        String text = answer == null ? "" : answer.strip();
        if (text.isEmpty()) return Read.skipped(SkipReason.EMPTY);
        // Models often wrap JSON in a code fence or a sentence: take the outermost braces.
        int open = text.indexOf('{');
        int close = text.lastIndexOf('}');
        if (open < 0 || close < open) return Read.skipped(SkipReason.NOT_JSON);
        JsonNode node;
        try {
            node = JSON.readTree(text.substring(open, close + 1));
        } catch (JsonProcessingException e) {
            return Read.skipped(SkipReason.NOT_JSON);
        }
        if (node == null || !node.isObject()) return Read.skipped(SkipReason.NOT_JSON);
        JsonNode question = node.get("question");
        if (question == null || !question.isTextual() || question.asText().isBlank()) return Read.skipped(SkipReason.NO_QUESTION);
        List<String> facts = facts(node.get("expected_facts"));
        if (facts.isEmpty()) return Read.skipped(SkipReason.NO_FACTS);
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put(variable, question.asText().strip());
        Map<String, Object> metadata = new LinkedHashMap<>(passage.metadata());
        metadata.put(GENERATED_FROM, collection);
        DatasetRow row = DatasetRow.of(inputs).withExpectedFacts(facts).withMetadata(metadata).withDescription(passage.describe());
        return new Read(row, null);
    }

    /** A list of texts (numbers and booleans taken as text), or one text as a list of one; empty when neither. */
    private static List<String> facts(JsonNode node) {
        List<String> facts = new ArrayList<>();
        if (node == null) return facts;
        if (node.isTextual()) {
            if (!node.asText().isBlank()) facts.add(node.asText().strip());
            return facts;
        }
        if (!node.isArray()) return facts;
        for (JsonNode item : node) {
            if (!item.isValueNode() || item.isNull()) return List.of();
            if (!item.asText().isBlank()) facts.add(item.asText().strip());
        }
        return facts;
    }
}
