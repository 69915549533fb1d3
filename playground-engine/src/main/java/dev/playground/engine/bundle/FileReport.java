package dev.playground.engine.bundle;

import java.util.List;

/**
 * What reading one file found: the prompts it holds, warnings (kept or skipped fields), why it was refused, or
 * why it was left out (a copy in another format of a prompt the bundle itself holds).
 */
public record FileReport(String path, String format, Status status, List<String> messages) {
    public enum Status { READ, SKIPPED, REFUSED }

    public FileReport {
        messages = List.copyOf(messages);
    }

    public static FileReport read(String path, String format, List<String> warnings) {
        return new FileReport(path, format, Status.READ, warnings);
    }

    public static FileReport refused(String path, String format, String reason) {
        return new FileReport(path, format, Status.REFUSED, List.of(reason));
    }

    public static FileReport skipped(String path, String format, String reason) {
        return new FileReport(path, format, Status.SKIPPED, List.of(reason));
    }

    public boolean refused() {
        return status == Status.REFUSED;
    }
}
