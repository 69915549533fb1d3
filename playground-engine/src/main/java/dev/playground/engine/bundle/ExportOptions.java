package dev.playground.engine.bundle;

/** How to export: every version or only aliased ones; with or without latest scores. */
public record ExportOptions(boolean onlyAliasedVersions, boolean includeScores) {
    public static final ExportOptions ALL = new ExportOptions(false, true);

    public BundledPrompt apply(BundledPrompt prompt) {
        BundledPrompt selected = onlyAliasedVersions ? prompt.onlyAliasedVersions() : prompt;
        return includeScores ? selected : selected.withoutScores();
    }
}
