package dev.playground.engine.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes prompts as a bundle: {@code prompts/NAME.prompt.yaml} per prompt, plus, on request,
 * the same prompts in the foreign formats (a .prompty and an MLflow prompt.json per version, Langfuse JSON,
 * a promptfoo config) so other tools can read them. To a folder, or to a zip when the target ends in .zip.
 */
public final class BundleWriter {
    /** Which extra formats to write next to the bundle files. */
    public record Interop(boolean prompty, boolean mlflow, boolean langfuse, boolean promptfoo, boolean dotprompt, boolean semanticKernel,
                          boolean langchain, boolean langchainYaml) {
        public static final Interop NONE = new Interop(false, false, false, false, false, false, false);
        /** Every format (LangChain as JSON; its YAML form holds the same and is asked for on its own). */
        public static final Interop ALL = new Interop(true, true, true, true, true, true, true);

        /** LangChain as JSON only. */
        public Interop(boolean prompty, boolean mlflow, boolean langfuse, boolean promptfoo, boolean dotprompt, boolean semanticKernel,
                       boolean langchain) {
            this(prompty, mlflow, langfuse, promptfoo, dotprompt, semanticKernel, langchain, false);
        }

        public Interop(boolean prompty, boolean mlflow, boolean langfuse, boolean promptfoo, boolean dotprompt, boolean semanticKernel) {
            this(prompty, mlflow, langfuse, promptfoo, dotprompt, semanticKernel, false);
        }

        public Interop(boolean prompty, boolean mlflow, boolean langfuse, boolean promptfoo) {
            this(prompty, mlflow, langfuse, promptfoo, false, false);
        }
    }

    private final BundleYaml bundleYaml = new BundleYaml();

    /**
     * What an extra format leaves out of the prompts with tools, so an export can say so: {@code tools} (the format has
     * no place for tool definitions) or {@code mocks} (it carries the tools but not the answers saved with them).
     * {@code format} is the name {@code --also} takes.
     */
    public record ToolsLeftOut(String format, String what, List<String> prompts) {}

    /** For each extra format asked for: the prompts whose tools (or saved tool answers) it cannot carry. */
    public static List<ToolsLeftOut> toolsLeftOut(List<BundledPrompt> prompts, Interop interop) {
        List<String> withTools = prompts.stream().filter(p -> p.versions().stream().anyMatch(v -> !v.document().tools().isEmpty()))
                .map(BundledPrompt::name).toList();
        List<String> withMocks = prompts.stream().filter(p -> p.versions().stream().anyMatch(v -> v.document().tools().tools().stream()
                .anyMatch(t -> !t.mocks().isEmpty()))).map(BundledPrompt::name).toList();
        List<ToolsLeftOut> left = new java.util.ArrayList<>();
        if (withTools.isEmpty()) return left;
        Map<String, Boolean> noTools = new LinkedHashMap<>();
        noTools.put("mlflow", interop.mlflow());
        noTools.put("promptfoo", interop.promptfoo());
        noTools.put("dotprompt", interop.dotprompt());
        noTools.put("semantic-kernel", interop.semanticKernel());
        noTools.put("langchain", interop.langchain() || interop.langchainYaml());
        noTools.forEach((format, asked) -> {
            if (asked) left.add(new ToolsLeftOut(format, "tools", withTools));
        });
        if (interop.langfuse() && !withMocks.isEmpty()) left.add(new ToolsLeftOut("langfuse", "mocks", withMocks));
        return left;
    }

    /** File path (relative, '/'-separated) to content, in a stable order. */
    public Map<String, String> files(List<BundledPrompt> prompts, ExportOptions options, Interop interop, Instant exportedAt) {
        Map<String, String> files = new LinkedHashMap<>();
        List<BundledPrompt> selected = prompts.stream().map(options::apply).filter(p -> !p.versions().isEmpty()).toList();
        for (BundledPrompt prompt : selected) {
            List<String> parts = bundleFiles(prompt);
            for (int i = 0; i < parts.size(); i++) {
                String stem = i == 0 ? prompt.name() : prompt.name() + BundleFormat.PART_MARK + (i + 1);
                files.put(BundleFormat.PROMPTS_FOLDER + "/" + stem + BundleFormat.FILE_SUFFIX, parts.get(i));
            }
        }
        if (interop.prompty()) {
            PromptyInterop prompty = new PromptyInterop(new SafeYaml(ImportLimits.DEFAULT));
            for (BundledPrompt prompt : selected) {
                for (BundledVersion version : prompt.versions()) {
                    files.put(BundleFormat.PROMPTY_FOLDER + "/" + prompt.name() + "/" + version.version() + dev.playground.engine.prompt.file.PromptyFormat.EXTENSION, prompty.write(prompt, version));
                }
            }
        }
        if (interop.mlflow()) {
            MlflowPromptJson mlflow = new MlflowPromptJson();
            for (BundledPrompt prompt : selected) {
                for (BundledVersion version : prompt.versions()) {
                    files.put(BundleFormat.MLFLOW_FOLDER + "/" + prompt.name() + "/" + version.version() + "/prompt.json", mlflow.write(prompt, version, exportedAt));
                }
            }
        }
        if (interop.langfuse()) {
            LangfusePromptJson langfuse = new LangfusePromptJson();
            for (BundledPrompt prompt : selected) files.put(BundleFormat.LANGFUSE_FOLDER + "/" + prompt.name() + ".json", langfuse.write(prompt));
        }
        if (interop.dotprompt()) {
            DotpromptFormat dotprompt = new DotpromptFormat(new SafeYaml(ImportLimits.DEFAULT));
            for (BundledPrompt prompt : selected) {
                for (BundledVersion version : prompt.versions()) {
                    files.put(BundleFormat.DOTPROMPT_FOLDER + "/" + prompt.name() + "/" + version.version() + ".prompt", dotprompt.write(prompt.name(), version));
                }
            }
        }
        if (interop.semanticKernel()) {
            for (BundledPrompt prompt : selected) {
                for (BundledVersion version : prompt.versions()) {
                    files.put(BundleFormat.SEMANTIC_KERNEL_FOLDER + "/" + prompt.name() + "/" + version.version() + ".yaml",
                            SemanticKernelFormat.write(prompt.name(), version));
                }
            }
        }
        if (interop.langchain() || interop.langchainYaml()) {
            LangChainWriter langchain = new LangChainWriter();
            for (BundledPrompt prompt : selected) {
                for (BundledVersion version : prompt.versions()) {
                    String json = langchain.write(prompt.name(), version);
                    String path = BundleFormat.LANGCHAIN_FOLDER + "/" + prompt.name() + "/" + version.version();
                    if (interop.langchain()) files.put(path + ".json", json);
                    // The same object as YAML, as LangChain's load_prompt reads it; to a folder of its own when both are written.
                    if (interop.langchainYaml()) files.put((interop.langchain() ? BundleFormat.LANGCHAIN_YAML_FOLDER + "/" + prompt.name() + "/"
                            + version.version() : path) + ".yaml", yaml(json));
                }
            }
        }
        if (interop.promptfoo() && !selected.isEmpty()) {
            new PromptfooConfig().write(selected, "Exported from Prompt Playground").forEach((path, text) -> files.put(BundleFormat.PROMPTFOO_FOLDER + "/" + path, text));
        }
        return files;
    }

    /**
     * The prompt's bundle file, or several when one would pass the import's per-file limit: each holds some versions
     * (at least one, and a version is at most {@link SaveRules#MAX_VERSION_BYTES}) with the aliases that point into it.
     * An import merges them back by name.
     */
    private List<String> bundleFiles(BundledPrompt prompt) {
        String whole = bundleYaml.write(prompt);
        long limit = ImportLimits.DEFAULT.maxFileBytes();
        if (bytes(whole) <= limit || prompt.versions().size() < 2) return List.of(whole);
        // The header (name, tags, every alias) bounds what each part repeats; each version adds what it adds alone.
        long header = bytes(bundleYaml.write(new BundledPrompt(prompt.name(), prompt.tags(), prompt.aliases(), List.of())));
        List<List<BundledVersion>> groups = new java.util.ArrayList<>();
        List<BundledVersion> group = new java.util.ArrayList<>();
        long size = header;
        for (BundledVersion version : prompt.versions()) {
            long own = bytes(bundleYaml.write(new BundledPrompt(prompt.name(), prompt.tags(), prompt.aliases(), List.of(version)))) - header;
            if (!group.isEmpty() && size + own > limit) {
                groups.add(group);
                group = new java.util.ArrayList<>();
                size = header;
            }
            group.add(version);
            size += own;
        }
        groups.add(group);
        return groups.stream().map(versions -> bundleYaml.write(part(prompt, versions))).toList();
    }

    private static BundledPrompt part(BundledPrompt prompt, List<BundledVersion> versions) {
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        versions.forEach(v -> numbers.add(v.version()));
        Map<String, Integer> aliases = new LinkedHashMap<>();
        prompt.aliases().forEach((alias, version) -> {
            if (numbers.contains(version)) aliases.put(alias, version);
        });
        return new BundledPrompt(prompt.name(), prompt.tags(), aliases, versions);
    }

    private static long bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }

    /** Writes into {@code target}: a folder (created if needed) or, if its name ends in .zip, a zip file. */
    public void write(Map<String, String> files, Path target) throws BundleFileException {
        try {
            if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
                if (target.toAbsolutePath().getParent() != null) Files.createDirectories(target.toAbsolutePath().getParent());
                try (OutputStream out = Files.newOutputStream(target); ZipOutputStream zip = new ZipOutputStream(out)) {
                    for (var file : files.entrySet()) {
                        zip.putNextEntry(new ZipEntry(file.getKey()));
                        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                        zip.closeEntry();
                    }
                }
                return;
            }
            for (var file : files.entrySet()) {
                Path path = target.resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new BundleFileException("Cannot write the export to " + target + ": " + e.getMessage()
                    + ". Choose a folder you can write to.", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static String yaml(String json) {
        try {
            return new BlockYamlWriter().write(new com.fasterxml.jackson.databind.ObjectMapper().readValue(json, java.util.LinkedHashMap.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("the LangChain JSON just written cannot be read back", e);
        }
    }
}
