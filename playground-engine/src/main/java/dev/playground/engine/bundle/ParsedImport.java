package dev.playground.engine.bundle;

import java.util.List;

/** What an import read: the prompts (files of one prompt merged), a bundle's suites, and a report per file. */
public record ParsedImport(List<BundledPrompt> prompts, List<BundledSuite> suites, List<FileReport> reports) {
    public ParsedImport {
        prompts = List.copyOf(prompts);
        suites = List.copyOf(suites);
        reports = List.copyOf(reports);
    }

    public ParsedImport(List<BundledPrompt> prompts, List<FileReport> reports) {
        this(prompts, List.of(), reports);
    }

    /** Some file could not be imported; the others still can, unless the user asked for all or nothing. */
    public boolean hasRefusals() {
        return reports.stream().anyMatch(FileReport::refused);
    }

    public List<FileReport> refusals() {
        return reports.stream().filter(FileReport::refused).toList();
    }
}
