package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads what the user chose to import (a bundle folder or zip, a .prompty, a promptfoo config,
 * an MLflow prompt.json, a Langfuse prompt JSON) into prompts, with a report for every file.
 * Files of other kinds inside a folder are listed as skipped. Versions of the same prompt from
 * several files are merged in version order.
 */
public final class PromptImportReader {
    private final ImportLimits limits;
    private final SafeYaml yaml;
    private final PromptyInterop prompty;

    public PromptImportReader(ImportLimits limits) {
        this.limits = limits;
        this.yaml = new SafeYaml(limits);
        this.prompty = new PromptyInterop(yaml);
    }

    public ParsedImport read(Path source) throws BundleFileException {
        ImportSources.Collected collected = new ImportSources(limits).collect(source);
        Map<String, SourceFile> byPath = new LinkedHashMap<>();
        collected.files().forEach(f -> byPath.put(f.path(), f));
        boolean zip = !Files.isDirectory(source) && source.toString().toLowerCase(Locale.ROOT).endsWith(".zip");
        Path diskRoot = zip ? null : Files.isDirectory(source) ? source.toAbsolutePath() : source.toAbsolutePath().getParent();
        List<FileReport> reports = new ArrayList<>(collected.refused());
        Map<String, List<BundledPrompt>> byName = new LinkedHashMap<>();
        Map<String, String> formats = new HashMap<>();
        collected.files().forEach(f -> formats.put(f.path(), ImportFormats.of(f, yaml)));
        Set<String> bundleRoots = bundleRoots(collected.files(), formats);
        Set<String> readAsPart = new HashSet<>();
        List<BundledSuite> suites = new ArrayList<>();
        // Configs first: the files they reference are read as part of them, not again on their own.
        List<SourceFile> ordered = new ArrayList<>(collected.files());
        ordered.sort(Comparator.comparing((SourceFile f) -> !PromptfooConfig.FORMAT.equals(formats.get(f.path()))));
        for (SourceFile file : ordered) {
            List<String> warnings = new ArrayList<>();
            String format = formats.get(file.path());
            if (readAsPart.contains(file.path())) continue;
            String suite = BundledSuite.nameOf(file.path());
            if (suite != null) {
                // A bundle's suite is kept as written (decision 0082), not read as a promptfoo config of prompts.
                suites.add(new BundledSuite(suite, new String(file.content(), java.nio.charset.StandardCharsets.UTF_8)));
                reports.add(FileReport.read(file.path(), "suite", List.of()));
                continue;
            }
            if (ImportFormats.isSummary(file) && byPath.size() > 1) {
                reports.add(FileReport.skipped(file.path(), "summary", "describes the export it came with; the prompts are read from their own files"));
                continue;
            }
            if (format == null) {
                if (byPath.size() == 1) reports.add(FileReport.refused(file.path(), "unknown", unknownKind()));
                continue;
            }
            if (!"bundle".equals(format) && isCopyWrittenWithABundle(file, bundleRoots)) {
                // An export with "also write" puts these copies next to the bundle; importing them too would add
                // each version again (they lack fields the bundle keeps, so they would not match).
                reports.add(FileReport.skipped(file.path(), format, "a copy in another format of a prompt this bundle holds;"
                        + " the bundle's own file is imported instead"));
                continue;
            }
            try {
                Set<String> parts = new HashSet<>();
                List<BundledPrompt> prompts = new ArrayList<>();
                for (BundledPrompt prompt : readOne(file, format, byPath, diskRoot, warnings, parts)) {
                    prompts.add(checkTemplates(prompt, file.path(), format, warnings));
                }
                prompts.forEach(p -> byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p));
                parts.remove(file.path());
                readAsPart.addAll(parts);
                reports.removeIf(r -> parts.contains(r.path()));
                if (prompts.isEmpty() && format.equals(PromptfooConfig.FORMAT)) {
                    reports.add(FileReport.skipped(file.path(), format, "has no prompts, so there is nothing to import;"
                            + " its tests and providers run as an evaluation suite"));
                } else {
                    reports.add(FileReport.read(file.path(), format, warnings));
                }
            } catch (NotAPrompt e) {
                if (byPath.size() == 1) reports.add(FileReport.refused(file.path(), format, e.getMessage()));
                else reports.add(FileReport.skipped(file.path(), format, e.getMessage()));
            } catch (BundleFileException | IllegalArgumentException e) {
                // IllegalArgumentException: a value out of range or of the wrong kind, in words for the user.
                reports.add(FileReport.refused(file.path(), format, e.getMessage()));
            }
        }
        reports.sort(Comparator.comparing(FileReport::path));
        if (reports.isEmpty()) throw new BundleFileException(source + " holds no prompt files. " + unknownKind());
        List<BundledPrompt> merged = new ArrayList<>();
        byName.forEach((name, parts) -> merged.add(merge(name, parts)));
        return new ParsedImport(merged, suites, reports);
    }

    /** The folders bundles were exported into: each bundle file's folder, or the folder above its prompts/ folder. */
    private static Set<String> bundleRoots(List<SourceFile> files, Map<String, String> formats) {
        Set<String> roots = new HashSet<>();
        for (SourceFile file : files) {
            if (!"bundle".equals(formats.get(file.path()))) continue;
            String folder = file.folder();
            String suffix = "/" + BundleFormat.PROMPTS_FOLDER;
            if (folder.equals(BundleFormat.PROMPTS_FOLDER)) roots.add("");
            else if (folder.endsWith(suffix)) roots.add(folder.substring(0, folder.length() - suffix.length()));
            else roots.add(folder);
        }
        return roots;
    }

    /** True for a file under prompty/, mlflow/, langfuse/ or promptfoo/ right inside a folder a bundle was exported to. */
    private static boolean isCopyWrittenWithABundle(SourceFile file, Set<String> bundleRoots) {
        String[] segments = file.path().split("/");
        for (int i = 0; i < segments.length - 1; i++) {
            if (BundleFormat.COPY_FOLDERS.contains(segments[i]) && bundleRoots.contains(String.join("/", Arrays.copyOfRange(segments, 0, i)))) {
                return true;
            }
        }
        return false;
    }

    private static String unknownKind() {
        return "Import a bundle folder or .zip (*" + BundleFormat.FILE_SUFFIX + " files), a .prompty file, a promptfooconfig.yaml,"
                + " an MLflow prompt.json, a Langfuse prompt JSON, a LangChain prompt (JSON or YAML), a Dotprompt .prompt or a Semantic Kernel prompt.";
    }

    /** {@code diskRoot} is the folder the import's paths are relative to, or null for a zip. */
    private List<BundledPrompt> readOne(SourceFile file, String format, Map<String, SourceFile> byPath, Path diskRoot,
                                        List<String> warnings, Set<String> parts) throws BundleFileException {
        ImportSiblings siblings = new ImportSiblings(file, byPath, diskRoot, limits, parts);
        Path diskFolder = diskRoot == null ? null : file.folder().isEmpty() ? diskRoot : diskRoot.resolve(file.folder());
        switch (format) {
            case "bundle" -> {
                return List.of(new BundleYaml().read(yaml.readYaml(file.content(), file.path()), file.path(), warnings));
            }
            case PromptyInterop.FORMAT -> {
                return List.of(prompty.read(file.content(), file.path(), diskFolder, warnings));
            }
            case SemanticKernelFormat.FORMAT -> {
                if (file.fileName().equalsIgnoreCase("skprompt.txt")) return List.of(SemanticKernelFormat.readFolder(file, siblings, yaml, warnings));
                String stem = file.fileName().replaceFirst("(?i)\\.ya?ml$", "");
                return List.of(SemanticKernelFormat.readYaml(yaml.readYaml(file.content(), file.path()), file.path(), stem, warnings));
            }
            case LangChainFormat.FORMAT -> {
                boolean json = file.fileName().toLowerCase(Locale.ROOT).endsWith(".json");
                JsonNode root = json ? yaml.readJson(file.content(), file.path()) : yaml.readYaml(file.content(), file.path());
                String stem = file.fileName().replaceFirst("(?i)\\.(json|ya?ml)$", "");
                return List.of(new LangChainFormat(yaml, siblings, file.path(), warnings).read(root, stem));
            }
            case DotpromptFormat.FORMAT -> {
                return List.of(new DotpromptFormat(yaml).read(file, siblings, warnings));
            }
            case PromptfooConfig.FORMAT -> {
                JsonNode root = yaml.readYaml(file.content(), file.path());
                if (!root.has("prompts")) return List.of();
                return new PromptfooConfig(yaml).read(root, file.path(), siblings, warnings);
            }
            default -> {
                return List.of(readJson(file, warnings));
            }
        }
    }

    private BundledPrompt readJson(SourceFile file, List<String> warnings) throws BundleFileException {
        JsonNode root = yaml.readJson(file.content(), file.path());
        if (LangfusePromptJson.matches(root)) return new LangfusePromptJson().read(root, file.path(), warnings);
        if (MlflowRegistryExport.matches(root)) return MlflowRegistryExport.read(root, file.path(), warnings);
        if (MlflowPromptJson.matches(root)) return new MlflowPromptJson().read(root, file.path(), warnings);
        throw new NotAPrompt("is JSON but neither an MLflow prompt.json (mlflow.prompt or name + template)"
                + " nor a Langfuse prompt (name, type text|chat, prompt); it was not imported");
    }

    /** Our own bundle files must render; a foreign file's message that does not is imported as literal text (see {@link LiteralText}). */
    private static BundledPrompt checkTemplates(BundledPrompt prompt, String path, String format, List<String> warnings) throws BundleFileException {
        List<BundledVersion> versions = new ArrayList<>();
        for (BundledVersion version : prompt.versions()) {
            if (!format.equals(ImportFormats.BUNDLE)) version = LiteralText.literalWhereNeeded(version, path, warnings);
            versions.add(version);
            Optional<String> problem = SaveRules.problem(prompt.name(), version);
            if (problem.isPresent()) {
                throw new BundleFileException(path + ": prompt '" + prompt.name() + "' version " + version.version() + ": " + problem.get());
            }
        }
        return new BundledPrompt(prompt.name(), prompt.tags(), prompt.aliases(), versions);
    }

    /** A file of a known kind (JSON) that holds no prompt: skipped inside a folder, refused when imported alone. */
    private static final class NotAPrompt extends BundleFileException {
        NotAPrompt(String message) {
            super(message);
        }
    }

    private static BundledPrompt merge(String name, List<BundledPrompt> parts) {
        if (parts.size() == 1) return parts.getFirst();
        List<String> tags = parts.stream().flatMap(p -> p.tags().stream()).distinct().sorted().toList();
        Map<String, Integer> aliases = new LinkedHashMap<>();
        parts.forEach(p -> aliases.putAll(p.aliases()));
        List<BundledVersion> versions = parts.stream().flatMap(p -> p.versions().stream())
                .sorted(Comparator.comparingInt(BundledVersion::version)).toList();
        return new BundledPrompt(name, tags, aliases, versions);
    }
}
