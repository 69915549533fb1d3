package dev.playground.engine.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonExportTest {
    private final ComparisonRecord record = ComparisonFixtures.twoByTwo();

    @Test
    void csv_has_one_line_per_sample_quoted_and_defused() {
        String csv = ComparisonExport.csv(record);

        assertThat(csv).startsWith("variant,model,prompt,row,sample,output,finish_reason,ttft_ms,latency_ms,input_tokens,output_tokens,cost_usd,error,"
                + "exact,exact pass,judge:correctness,judge:correctness pass,thumb,rating,comment\r\n");
        assertThat(csv).contains("\"Small, cold\",small,capitals@2,France,1,Paris,stop,40,250,12,3,0.000042,,1,true,5,true,up,5,perfecto\r\n");
        // A formula-looking output is prefixed with ' and quotes are doubled inside a quoted field.
        assertThat(csv).contains("\"'=cmd|' /C calc'!A0, \"\"Paris\"\"\nline two\"");
        assertThat(csv).contains("Mad,incomplete,,90,10,1,,The stream ended early.");
        assertThat(csv.split("\r\n")).hasSize(5);
    }

    @Test
    void json_holds_setup_samples_scores_feedback_and_agreement() throws Exception {
        JsonNode root = new ObjectMapper().readTree(ComparisonExport.json(record));

        assertThat(root.path("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.path("title").asText()).isEqualTo("Capitals, café ☕");
        assertThat(root.path("variants")).hasSize(2);
        assertThat(root.path("variants").get(0).path("prompt").asText()).isEqualTo("capitals@2");
        assertThat(root.path("cells")).hasSize(4);
        JsonNode first = root.path("cells").get(0);
        assertThat(first.path("samples").get(0).path("scores").get(1).path("value").asDouble()).isEqualTo(5.0);
        assertThat(first.path("feedback").path("thumb").asText()).isEqualTo("up");
        JsonNode judgeError = root.path("cells").get(2).path("samples").get(0).path("scores").get(1);
        assertThat(judgeError.path("error").asText()).contains("JSON object");
        assertThat(judgeError.path("raw").asText()).isEqualTo("no sé");
        // correctness: a/r1 judge pass & thumbs up agree; b/r1 judge fail & thumbs down agree; a/r2 judge error -> not compared
        JsonNode agreement = root.path("judgeHumanAgreement").get(0);
        assertThat(agreement.path("rubric").asText()).isEqualTo("correctness");
        assertThat(agreement.path("compared").asInt()).isEqualTo(2);
        assertThat(agreement.path("rate").asDouble()).isEqualTo(1.0);
        assertThat(ComparisonExport.json(record)).doesNotContain("LOCAL_KEY");
    }

    @Test
    void html_is_self_contained_and_escapes_everything() {
        String html = ComparisonExport.html(record);

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script>").doesNotContain("src=").doesNotContain("href=");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").contains("Large &lt;hot&gt;");
        assertThat(html).contains("Capitals, café ☕").contains("The stream ended early.").contains("100%");
    }

    @Test
    void agreement_counts_only_cells_with_both_verdicts() {
        List<JudgeAgreement.Agreement> agreements = JudgeAgreement.of(record);
        assertThat(agreements).containsExactly(new JudgeAgreement.Agreement("correctness", 2, 2));

        ComparisonRecord disagreeing = new ComparisonRecord(record.title(), record.createdAt(), record.variants(), record.rows(), 1,
                record.metricSpecs(), record.rubrics(), null, record.cells(),
                List.of(new CellFeedback(new CellKey("a", "r1"), CellFeedback.Thumb.DOWN, null, ""),
                        new CellFeedback(new CellKey("b", "r1"), CellFeedback.Thumb.DOWN, null, "")));
        assertThat(JudgeAgreement.of(disagreeing).get(0).rate()).isEqualTo(0.5);
    }
}
