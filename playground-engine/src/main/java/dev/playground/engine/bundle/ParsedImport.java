package dev.playground.engine.bundle;

import java.util.List;

/** What an import read: the prompts (files of one prompt merged) and a report per file. */
public record ParsedImport(List<BundledPrompt> prompts, List<FileReport> reports) {
    public ParsedImport {
        prompts = List.copyOf(prompts);
        reports = List.copyOf(reports);
    }

    /** Any refused file stops the whole import: nothing is half-imported. */
    public boolean hasRefusals() {
        return reports.stream().anyMatch(FileReport::refused);
    }

    public List<FileReport> refusals() {
        return reports.stream().filter(FileReport::refused).toList();
    }
}
