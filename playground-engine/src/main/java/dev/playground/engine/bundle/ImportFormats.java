package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * Which format a file to import is in, from its name and, for YAML and JSON, its content: a promptfoo config may
 * have any name, an MLflow export folder holds summaries beside the prompts, a Semantic Kernel prompt is a YAML file
 * or a {@code skprompt.txt} with its {@code config.json}. Null means "not a prompt file".
 */
final class ImportFormats {
    static final String BUNDLE = "bundle";
    static final String JSON = "JSON";
    /** Files that describe an export rather than hold a prompt (mlflow-export-import writes these). */
    private static final Set<String> SUMMARIES = Set.of("prompts_summary.json", "models_summary.json", "experiments_summary.json",
            "manifest.json", "summary.json");

    private ImportFormats() {}

    /** A summary or manifest file beside the prompts of an export: skipped, never refused. */
    static boolean isSummary(SourceFile file) {
        return SUMMARIES.contains(file.fileName().toLowerCase(Locale.ROOT));
    }

    static String of(SourceFile file, SafeYaml yaml) {
        String lower = file.fileName().toLowerCase(Locale.ROOT);
        if (lower.endsWith(BundleFormat.FILE_SUFFIX)) return BUNDLE;
        if (lower.endsWith(".prompty")) return PromptyInterop.FORMAT;
        if (lower.endsWith(".prompt")) return lower.startsWith("_") ? null : DotpromptFormat.FORMAT;
        if (lower.equals("skprompt.txt")) return SemanticKernelFormat.FORMAT;
        if (PromptfooConfig.matches(lower)) return PromptfooConfig.FORMAT;
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return ofYaml(parse(file, yaml, true));
        if (lower.endsWith(".json")) {
            if (lower.equals("config.json")) return null;
            return LangChainFormat.matches(parse(file, yaml, false)) ? LangChainFormat.FORMAT : JSON;
        }
        return null;
    }

    private static String ofYaml(JsonNode root) {
        if (root == null || !root.isObject()) return null;
        if (LangChainFormat.matches(root)) return LangChainFormat.FORMAT;
        if (PromptfooConfig.looksLikeConfig(root)) return PromptfooConfig.FORMAT;
        if (SemanticKernelFormat.matchesYaml(root)) return SemanticKernelFormat.FORMAT;
        return null;
    }

    private static JsonNode parse(SourceFile file, SafeYaml yaml, boolean isYaml) {
        try {
            return isYaml ? yaml.readYaml(file.content(), file.path()) : yaml.readJson(file.content(), file.path());
        } catch (BundleFileException e) {
            return null;
        }
    }

    static String text(SourceFile file) {
        String text = new String(file.content(), StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
