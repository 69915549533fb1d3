package dev.playground.engine.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.playground.engine.model.ToolChoice;
import dev.playground.engine.model.ToolDefinition;
import dev.playground.engine.model.ToolSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bundles (format version 2) keep each version's tools and tool choice, as YAML, and read them back. */
class BundleToolsTest {
    private final BundleYaml bundle = new BundleYaml();
    private final SafeYaml yaml = new SafeYaml(ImportLimits.DEFAULT);

    private static final ToolDefinition LOOKUP = new ToolDefinition("lookup_order", "Finds an order",
            "{\"type\":\"object\",\"properties\":{\"id\":{\"type\":\"integer\",\"minimum\":1}},\"required\":[\"id\"]}",
            List.of("{\"status\":\"shipped\"}"));

    private BundledPrompt withTools() {
        BundledPrompt tutor = BundleSamples.tutorPrompt();
        BundledVersion v1 = tutor.versions().get(0);
        BundledVersion v2 = tutor.versions().get(1);
        BundledVersion toolsV2 = new BundledVersion(v2.version(), v2.document().withTools(new ToolSet(List.of(LOOKUP), ToolChoice.named("lookup_order"))),
                v2.commitMessage(), v2.author(), v2.createdAt(), v2.tags(), v2.extras());
        return new BundledPrompt(tutor.name(), tutor.tags(), tutor.aliases(), List.of(v1, toolsV2));
    }

    @Test
    void tools_are_kept_per_version_and_read_back_unchanged() throws Exception {
        String text = bundle.write(withTools());
        assertThat(text).startsWith("formatVersion: 2\n");
        assertThat(text).contains("    tools:\n      - name: lookup_order\n").contains("    toolChoice: lookup_order\n")
                .contains("            minimum: 1\n");
        List<String> warnings = new ArrayList<>();
        BundledPrompt read = bundle.read(yaml.readYaml(text.getBytes(StandardCharsets.UTF_8), "t.yaml"), "t.yaml", warnings);
        assertThat(read).isEqualTo(withTools());
        assertThat(read.versions().get(0).document().tools().isEmpty()).isTrue();
        assertThat(warnings).isEmpty();
    }

    @Test
    void a_bundle_with_a_broken_tool_is_refused_with_the_reason() {
        String text = bundle.write(withTools()).replace("type: integer", "type: whole");
        assertThatThrownBy(() -> bundle.read(yaml.readYaml(text.getBytes(StandardCharsets.UTF_8), "t.yaml"), "t.yaml", new ArrayList<>()))
                .hasMessageContaining("The parameters of 'lookup_order' are not a valid JSON Schema");
    }
}
