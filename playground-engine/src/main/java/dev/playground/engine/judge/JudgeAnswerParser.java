package dev.playground.engine.judge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.playground.engine.metrics.Score;
import java.util.Locale;

/**
 * Reads a judge's reply. Models often wrap JSON in a code fence or add a sentence around it, so the
 * first balanced {...} object is taken; anything else that does not fit the scale becomes a judge
 * error carrying the raw reply, never a made-up score.
 */
final class JudgeAnswerParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JudgeAnswerParser() {}

    static Score parse(Rubric rubric, String raw) {
        String name = rubric.scoreName();
        String object = firstJsonObject(raw == null ? "" : raw);
        if (object == null) return Score.failed(name, "The judge did not answer with a JSON object.", raw);
        JsonNode node;
        try {
            node = JSON.readTree(object);
        } catch (JsonProcessingException e) {
            return Score.failed(name, "The judge's JSON could not be read: " + e.getOriginalMessage(), raw);
        }
        String reasoning = firstText(node, "reasoning", "rationale", "justification", "explanation");
        return rubric.scale() == JudgeScale.ONE_TO_FIVE ? readScore(name, node, reasoning, raw) : readVerdict(name, node, reasoning, raw);
    }

    private static Score readScore(String name, JsonNode node, String reasoning, String raw) {
        JsonNode score = node.get("score");
        double value;
        if (score != null && score.isNumber()) value = score.asDouble();
        else if (score != null && score.isTextual() && score.asText().strip().matches("[1-5](\\.0)?")) value = Double.parseDouble(score.asText().strip());
        else return Score.failed(name, "The judge gave no score from 1 to 5.", raw);
        if (value < 1 || value > 5 || value != Math.rint(value)) return Score.failed(name, "The judge's score " + score + " is not a whole number from 1 to 5.", raw);
        return Score.ofValueAndPass(name, value, value >= JudgeScale.PASSING_SCORE, reasoning);
    }

    private static Score readVerdict(String name, JsonNode node, String reasoning, String raw) {
        JsonNode verdict = node.has("verdict") ? node.get("verdict") : node.has("pass") ? node.get("pass") : node.get("result");
        if (verdict == null) return Score.failed(name, "The judge gave no pass/fail verdict.", raw);
        if (verdict.isBoolean()) return Score.ofPass(name, verdict.asBoolean(), reasoning);
        return switch (verdict.asText().strip().toLowerCase(Locale.ROOT)) {
            case "pass", "yes", "true", "passed" -> Score.ofPass(name, true, reasoning);
            case "fail", "no", "false", "failed" -> Score.ofPass(name, false, reasoning);
            default -> Score.failed(name, "The judge's verdict \"" + verdict.asText() + "\" is neither pass nor fail.", raw);
        };
    }

    private static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            if (node.hasNonNull(field)) return node.get(field).asText();
        }
        return "";
    }

    /** The first balanced {...} in the text, skipping braces inside JSON strings. */
    static String firstJsonObject(String text) {
        int start = text.indexOf('{');
        while (start >= 0) {
            int depth = 0;
            boolean inString = false;
            for (int i = start; i < text.length(); i++) {
                char c = text.charAt(i);
                if (inString) {
                    if (c == '\\') i++;
                    else if (c == '"') inString = false;
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth == 0) {
                    return text.substring(start, i + 1);
                }
            }
            start = text.indexOf('{', start + 1);
        }
        return null;
    }
}
