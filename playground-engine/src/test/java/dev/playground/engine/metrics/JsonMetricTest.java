package dev.playground.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JsonMetricTest {
    private static final String PERSON_SCHEMA = """
            {"type":"object","required":["name","age"],"additionalProperties":false,
             "properties":{"name":{"type":"string","minLength":1},
                           "age":{"type":"integer","minimum":0,"maximum":150},
                           "tags":{"type":"array","items":{"enum":["a","b"]},"uniqueItems":true,"maxItems":2},
                           "email":{"$ref":"#/$defs/email"}},
             "$defs":{"email":{"type":"string","pattern":"^[^@]+@[^@]+$"}}}""";

    private static Score check(JsonMetric metric, String output) {
        return metric.evaluate(MetricInput.of(output, ""));
    }

    @Test
    void valid_json_passes_and_surrounding_whitespace_is_fine() {
        assertThat(check(JsonMetric.validJson(), "  {\"a\": [1, 2.5, null, true]}\n").passed()).isTrue();
        assertThat(check(JsonMetric.validJson(), "\"just a string\"").passed()).isTrue();
    }

    @Test
    void invalid_json_fails_with_where() {
        Score fenced = check(JsonMetric.validJson(), "```json\n{\"a\":1}\n```");
        assertThat(fenced.passed()).isFalse();
        assertThat(fenced.detail()).contains("not valid JSON").contains("line 1");
        assertThat(check(JsonMetric.validJson(), "{\"a\":1} trailing").passed()).isFalse();
        assertThat(check(JsonMetric.validJson(), "").passed()).isFalse();
        assertThat(check(JsonMetric.validJson(), "{\"a\":}").passed()).isFalse();
    }

    @Test
    void schema_match_passes_for_a_conforming_value() {
        JsonMetric metric = JsonMetric.matchingSchema(PERSON_SCHEMA);
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":30,\"tags\":[\"a\"],\"email\":\"ana@example.org\"}").passed()).isTrue();
        // 30.0 is an integer for JSON Schema (draft 6 onwards)
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":30.0}").passed()).isTrue();
    }

    @Test
    void schema_violations_are_named_with_their_path() {
        JsonMetric metric = JsonMetric.matchingSchema(PERSON_SCHEMA);
        assertThat(check(metric, "{\"name\":\"Ana\"}").detail()).contains("(root): missing required property \"age\"");
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":\"30\"}").detail()).contains("/age: must be integer, found a string");
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":200}").detail()).contains("/age: must be ≤ 150");
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":3,\"x\":1}").detail()).contains("property \"x\" is not allowed");
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":3,\"tags\":[\"a\",\"a\"]}").detail()).contains("unique");
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":3,\"tags\":[\"c\"]}").detail()).contains("/tags/0: must be one of");
        assertThat(check(metric, "{\"name\":\"Ana\",\"age\":3,\"email\":\"nope\"}").detail()).contains("/email: must match the pattern");
        assertThat(check(metric, "{\"name\":\"\",\"age\":3}").detail()).contains("/name: must be at least 1 characters");
        assertThat(check(metric, "[1]").passed()).isFalse();
    }

    @Test
    void combinators() {
        JsonMetric oneOf = JsonMetric.matchingSchema("{\"oneOf\":[{\"type\":\"integer\"},{\"type\":\"number\",\"minimum\":10}]}");
        assertThat(check(oneOf, "3").passed()).isTrue();     // integer only
        assertThat(check(oneOf, "12.5").passed()).isTrue();  // number ≥ 10 only
        assertThat(check(oneOf, "12").passed()).isFalse();   // both -> not exactly one
        JsonMetric not = JsonMetric.matchingSchema("{\"not\":{\"type\":\"null\"}}");
        assertThat(check(not, "null").passed()).isFalse();
        assertThat(check(not, "0").passed()).isTrue();
        JsonMetric anyOf = JsonMetric.matchingSchema("{\"anyOf\":[{\"type\":\"string\"},{\"type\":\"boolean\"}]}");
        assertThat(check(anyOf, "1").passed()).isFalse();
        assertThat(check(anyOf, "true").passed()).isTrue();
    }

    @Test
    void a_broken_schema_is_refused_with_a_clear_message() {
        assertThatThrownBy(() -> JsonMetric.matchingSchema("{type: object")).hasMessageContaining("not valid JSON");
        assertThatThrownBy(() -> JsonMetric.matchingSchema("[1]")).hasMessageContaining("must be a JSON object");
    }

    @Test
    void draft_07_definitions_and_recursive_refs() {
        JsonMetric draft7 = JsonMetric.matchingSchema("""
                {"$schema":"http://json-schema.org/draft-07/schema#","definitions":{"score":{"type":"integer","minimum":1}},
                 "type":"array","items":{"$ref":"#/definitions/score"}}""");
        assertThat(check(draft7, "[1, 5]").passed()).isTrue();
        assertThat(check(draft7, "[1, 0]").detail()).contains("/1: must be ≥ 1");
        // A tree: every child is the whole schema again, so the check goes as deep as the answer does.
        JsonMetric tree = JsonMetric.matchingSchema("""
                {"type":"object","required":["name"],"properties":{"name":{"type":"string"},"children":{"type":"array","items":{"$ref":"#"}}}}""");
        assertThat(check(tree, "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":\"c\"}]}]}").passed()).isTrue();
        assertThat(check(tree, "{\"name\":\"a\",\"children\":[{\"name\":\"b\",\"children\":[{\"name\":3}]}]}").detail())
                .contains("/children/0/children/0/name: must be string, found an integer");
    }

    @Test
    void keywords_the_hand_written_checker_ignored_now_count() {
        JsonMetric dependent = JsonMetric.matchingSchema("{\"dependentRequired\":{\"card\":[\"expiry\"]}}");
        assertThat(check(dependent, "{\"card\":\"4111\"}").detail()).contains("(root): ").contains("'expiry'");
        assertThat(check(dependent, "{\"card\":\"4111\",\"expiry\":\"12/30\"}").passed()).isTrue();
        JsonMetric tuple = JsonMetric.matchingSchema("{\"prefixItems\":[{\"type\":\"string\"},{\"type\":\"integer\"}],\"items\":false}");
        assertThat(check(tuple, "[\"a\", 1]").passed()).isTrue();
        assertThat(check(tuple, "[\"a\", \"b\"]").detail()).contains("/1: must be integer");
        assertThat(check(tuple, "[\"a\", 1, 2]").passed()).isFalse();
    }

    @Test
    void a_schema_that_refers_outside_itself_or_nowhere_is_refused_before_any_check() {
        assertThatThrownBy(() -> JsonMetric.matchingSchema("{\"$ref\":\"#/$defs/missing\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be used").hasMessageContaining("$defs");
        // Never fetched: a schema in a prompt file must not make the app reach the network or read files.
        assertThatThrownBy(() -> JsonMetric.matchingSchema("{\"$ref\":\"http://127.0.0.1:9/schema.json\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its own definitions");
        assertThatThrownBy(() -> JsonMetric.matchingSchema("{\"$ref\":\"file:///etc/hostname\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("its own definitions");
        assertThatThrownBy(() -> JsonMetric.matchingSchema("{\"type\":\"string\",\"pattern\":\"([a-\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be used");
    }

    @Test
    void a_ref_loop_is_a_failed_check_not_a_crash() {
        Score looped = check(JsonMetric.matchingSchema("{\"$ref\":\"#\"}"), "1");
        assertThat(looped.passed()).isFalse();
        assertThat(looped.detail()).contains("$ref loop");
    }
}
