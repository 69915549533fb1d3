package dev.playground.engine.bundle;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Writes a tree of maps, lists and scalars as block-style YAML in the maps' own key order.
 * Text wrapped in {@link Block} becomes a literal block scalar ({@code |}), so templates read and
 * diff line by line; SnakeYAML falls back to a quoted scalar only when a block cannot hold the text exactly.
 */
public final class BlockYamlWriter {
    /** Text to write as a literal block. */
    public record Block(String text) {}

    private final Yaml yaml;

    public BlockYamlWriter() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        yaml = new Yaml(new BlockRepresenter(options), options);
    }

    public String write(Map<String, Object> tree) {
        return yaml.dump(tree);
    }

    private static final class BlockRepresenter extends Representer {
        BlockRepresenter(DumperOptions options) {
            super(options);
            this.representers.put(Block.class, new RepresentBlock());
        }

        private final class RepresentBlock implements Represent {
            @Override
            public Node representData(Object data) {
                return representScalar(Tag.STR, ((Block) data).text(), DumperOptions.ScalarStyle.LITERAL);
            }
        }
    }
}
