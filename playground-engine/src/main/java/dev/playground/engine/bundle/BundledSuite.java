package dev.playground.engine.bundle;

/**
 * An evaluation suite found in a bundle ({@code suites/NAME.suite.yaml}, decision 0082): its name and its text exactly
 * as written, so the store can keep it and an export writes it back unchanged.
 */
public record BundledSuite(String name, String yaml) {
    /** {@code suites/NAME.suite.yaml} at a bundle's top or inside one folder of a zip; null for any other path. */
    public static String nameOf(String path) {
        String folder = BundleFormat.SUITES_FOLDER + "/";
        int inside = path.indexOf("/" + folder);
        // Not under suites/ at all (a single file such as "1.json" is shorter than the folder's name): not a suite.
        int at = path.startsWith(folder) ? 0 : inside < 0 ? -1 : inside + 1;
        if (at < 0 || (at > 0 && path.substring(0, at - 1).contains("/"))) return null;
        String file = path.substring(at + folder.length());
        if (file.contains("/") || !file.endsWith(BundleFormat.SUITE_SUFFIX)) return null;
        String name = file.substring(0, file.length() - BundleFormat.SUITE_SUFFIX.length());
        return name.isBlank() ? null : name;
    }

    /** Where an export writes it. */
    public String path() {
        return BundleFormat.SUITES_FOLDER + "/" + name + BundleFormat.SUITE_SUFFIX;
    }
}
