package dev.playground.engine.bundle;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads YAML and JSON from files we did not write. SnakeYAML's loader options cap size, depth
 * and aliases; Jackson does not expand aliases (it would read the anchor's name as text), so
 * any alias is refused rather than silently misread, which also rules out alias bombs.
 */
public final class SafeYaml {
    private final ObjectMapper yaml;
    private final ObjectMapper json;
    private final ImportLimits limits;

    public SafeYaml(ImportLimits limits) {
        this.limits = limits;
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        loader.setMaxAliasesForCollections(0);
        loader.setNestingDepthLimit(limits.maxNestingDepth());
        loader.setAllowDuplicateKeys(false);
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()))
                .build();
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(loader).streamReadConstraints(constraints).build();
        factory.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        this.yaml = new ObjectMapper(factory);
        this.json = JsonMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
        this.json.getFactory().setStreamReadConstraints(constraints);
    }

    public JsonNode readYaml(byte[] content, String path) throws BundleFileException {
        checkSize(content, path);
        // An alias is written *name: a file without a '*' has none, and reading it twice cost as much as reading it.
        if (hasStar(content)) refuseAliases(content, path);
        try {
            JsonNode node = yaml.readTree(content);
            if (node == null || node.isMissingNode()) throw new BundleFileException(path + " is empty.");
            return node;
        } catch (BundleFileException e) {
            throw e;
        } catch (Exception e) {
            throw new BundleFileException(path + " is not valid YAML: " + firstLine(e.getMessage()), e);
        }
    }

    private static boolean hasStar(byte[] content) {
        for (byte b : content) {
            if (b == '*') return true;
        }
        return false;
    }

    private void refuseAliases(byte[] content, String path) throws BundleFileException {
        try (YAMLParser parser = (YAMLParser) yaml.getFactory().createParser(content)) {
            refuseAliases(parser, path);
        } catch (BundleFileException e) {
            throw e;
        } catch (Exception e) {
            throw new BundleFileException(path + " is not valid YAML: " + firstLine(e.getMessage()), e);
        }
    }

    public JsonNode readJson(byte[] content, String path) throws BundleFileException {
        checkSize(content, path);
        try {
            JsonNode node = json.readTree(content);
            if (node == null || node.isMissingNode()) throw new BundleFileException(path + " is empty.");
            return node;
        } catch (BundleFileException e) {
            throw e;
        } catch (Exception e) {
            throw new BundleFileException(path + " is not valid JSON: " + firstLine(e.getMessage()), e);
        }
    }

    public ObjectMapper jsonMapper() {
        return json;
    }

    private void checkSize(byte[] content, String path) throws BundleFileException {
        if (content.length > limits.maxFileBytes()) {
            throw new BundleFileException(path + " is " + content.length / 1024 + " KiB; files over " + limits.maxFileBytes() / 1024
                    + " KiB are not imported. Split it into smaller files.");
        }
    }

    private static void refuseAliases(YAMLParser parser, String path) throws Exception {
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            if (token.isScalarValue() && parser.isCurrentAlias()) {
                throw new BundleFileException(path + " uses a YAML alias (*" + parser.getText() + ") at line "
                        + parser.currentLocation().getLineNr() + ". Aliases are not imported: write the value out in full.");
            }
        }
    }

    static String firstLine(String message) {
        if (message == null) return "unreadable";
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
