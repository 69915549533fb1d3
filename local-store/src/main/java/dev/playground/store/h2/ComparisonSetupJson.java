package dev.playground.store.h2;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.playground.engine.compare.VariableRow;
import dev.playground.engine.compare.Variant;
import dev.playground.engine.judge.LlmJudge.JudgeModel;
import dev.playground.engine.judge.Rubric;
import java.util.List;

/** The set-up part of a saved comparison as JSON. Connections hold only the name of a key's variable, never a key. */
final class ComparisonSetupJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    record Setup(List<Variant> variants, List<VariableRow> rows, List<String> metricSpecs, List<Rubric> rubrics, JudgeModel judge) {}

    private ComparisonSetupJson() {}

    static String write(Setup setup) {
        try {
            return MAPPER.writeValueAsString(setup);
        } catch (Exception e) {
            throw new IllegalStateException("Could not write the comparison set-up as JSON", e);
        }
    }

    static Setup read(String json) {
        try {
            return MAPPER.readValue(json, new TypeReference<Setup>() {});
        } catch (Exception e) {
            throw new IllegalStateException("A saved comparison's set-up is not readable: " + e.getMessage(), e);
        }
    }
}
