package dev.playground.engine.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
        Set<String> bundleRoots = bundleRoots(collected.files());
        for (SourceFile file : collected.files()) {
            List<String> warnings = new ArrayList<>();
            String format = formatOf(file);
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
                List<BundledPrompt> prompts = readOne(file, format, byPath, diskRoot, warnings);
                for (BundledPrompt prompt : prompts) checkTemplates(prompt, file.path());
                prompts.forEach(p -> byName.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p));
                reports.add(FileReport.read(file.path(), format, warnings));
            } catch (BundleFileException | IllegalArgumentException e) {
                // IllegalArgumentException: a value out of range or of the wrong kind, in words for the user.
                reports.add(FileReport.refused(file.path(), format, e.getMessage()));
            }
        }
        if (reports.isEmpty()) throw new BundleFileException(source + " holds no prompt files. " + unknownKind());
        List<BundledPrompt> merged = new ArrayList<>();
        byName.forEach((name, parts) -> merged.add(merge(name, parts)));
        return new ParsedImport(merged, reports);
    }

    /** The folders bundles were exported into: each bundle file's folder, or the folder above its prompts/ folder. */
    private static Set<String> bundleRoots(List<SourceFile> files) {
        Set<String> roots = new HashSet<>();
        for (SourceFile file : files) {
            if (!"bundle".equals(formatOf(file))) continue;
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
                + " an MLflow prompt.json or a Langfuse prompt JSON.";
    }

    static String formatOf(SourceFile file) {
        String lower = file.fileName().toLowerCase(Locale.ROOT);
        if (lower.endsWith(BundleFormat.FILE_SUFFIX)) return "bundle";
        if (lower.endsWith(".prompty")) return PromptyInterop.FORMAT;
        if (PromptfooConfig.matches(lower)) return PromptfooConfig.FORMAT;
        if (lower.endsWith(".json")) return "JSON";
        return null;
    }

    /** {@code diskRoot} is the folder the import's paths are relative to, or null for a zip. */
    private List<BundledPrompt> readOne(SourceFile file, String format, Map<String, SourceFile> byPath, Path diskRoot,
                                        List<String> warnings) throws BundleFileException {
        Path diskFolder = diskRoot == null ? null : file.folder().isEmpty() ? diskRoot : diskRoot.resolve(file.folder());
        switch (format) {
            case "bundle" -> {
                return List.of(new BundleYaml().read(yaml.readYaml(file.content(), file.path()), file.path(), warnings));
            }
            case PromptyInterop.FORMAT -> {
                return List.of(prompty.read(file.content(), file.path(), diskFolder, warnings));
            }
            case PromptfooConfig.FORMAT -> {
                JsonNode root = yaml.readYaml(file.content(), file.path());
                return new PromptfooConfig(yaml).read(root, file.path(), relative -> sibling(file, relative, byPath, diskRoot), warnings);
            }
            default -> {
                return List.of(readJson(file, warnings));
            }
        }
    }

    private BundledPrompt readJson(SourceFile file, List<String> warnings) throws BundleFileException {
        JsonNode root = yaml.readJson(file.content(), file.path());
        if (LangfusePromptJson.matches(root)) return new LangfusePromptJson().read(root, file.path(), warnings);
        if (MlflowPromptJson.matches(root)) return new MlflowPromptJson().read(root, file.path(), warnings);
        throw new BundleFileException(file.path() + " is JSON but neither an MLflow prompt.json (mlflow.prompt or name + template)"
                + " nor a Langfuse prompt (name, type text|chat, prompt).");
    }

    /** A promptfoo file:// reference: from the same folder or zip, or next to a single imported config on disk. */
    private byte[] sibling(SourceFile config, String relative, Map<String, SourceFile> byPath, Path diskRoot) throws BundleFileException {
        String path = ImportSources.resolveSibling(config.folder(), relative);
        SourceFile inImport = byPath.get(path);
        if (inImport != null) return inImport.content();
        if (diskRoot != null) {
            Path file = diskRoot.resolve(path).normalize();
            if (!file.startsWith(diskRoot)) throw new BundleFileException("'" + relative + "' points outside the config's folder.");
            try {
                if (Files.exists(file) && !file.toRealPath().startsWith(diskRoot.toRealPath())) {
                    throw new BundleFileException("'" + relative + "' is a symbolic link leading outside the config's folder; it was not followed.");
                }
                if (Files.size(file) > limits.maxFileBytes()) throw new BundleFileException("'" + relative + "' is too large to import.");
                return Files.readAllBytes(file);
            } catch (IOException e) {
                throw new BundleFileException("'" + relative + "' cannot be read: " + e.getMessage(), e);
            }
        }
        throw new BundleFileException("'" + relative + "' is referenced but not in the imported folder.");
    }

    private void checkTemplates(BundledPrompt prompt, String path) throws BundleFileException {
        for (BundledVersion version : prompt.versions()) {
            Optional<String> problem = SaveRules.problem(prompt.name(), version);
            if (problem.isPresent()) {
                throw new BundleFileException(path + ": prompt '" + prompt.name() + "' version " + version.version() + ": " + problem.get());
            }
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
