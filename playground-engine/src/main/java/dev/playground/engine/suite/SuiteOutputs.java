package dev.playground.engine.suite;

import dev.playground.engine.bundle.BundleFileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

/** Writes a suite run's report in the format its file name's extension names: .json, .xml (JUnit), .md, .html. */
public final class SuiteOutputs {
    private SuiteOutputs() {}

    /** Refuses an extension we do not write, before the run starts. */
    public static void check(Path file) throws BundleFileException {
        String ext = extension(file);
        if (!ext.equals("json") && !ext.equals("xml") && !ext.equals("md") && !ext.equals("html")) {
            throw new BundleFileException("--output " + file + ": the name must end in .json, .xml (JUnit), .md (a summary) or .html (a report).");
        }
    }

    public static void write(SuiteReport report, BaselineDiff diff, Double failUnder, Path file) throws BundleFileException {
        check(file);
        String text = switch (extension(file)) {
            case "json" -> SuiteReportJson.write(report, diff, failUnder).toPrettyString() + "\n";
            case "xml" -> SuiteJUnitXml.write(report);
            case "md" -> SuiteMarkdown.write(report, diff, failUnder);
            default -> SuiteHtml.write(report, diff, failUnder);
        };
        try {
            Path target = file.toAbsolutePath();
            if (target.getParent() != null) Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new BundleFileException("Cannot write " + file + ": " + e.getMessage() + ". Choose a folder you can write to.", e);
        }
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }
}
